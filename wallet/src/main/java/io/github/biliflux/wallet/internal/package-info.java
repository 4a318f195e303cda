/** The charge answers as sent, read leniently (numbers or strings), and their conversion. Not part of the API: free to change. */
package io.github.biliflux.wallet.internal;
