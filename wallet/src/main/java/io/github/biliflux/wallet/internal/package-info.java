/** Reading the charge answers leniently (numbers or strings). Not part of the API: free to change. */
package io.github.biliflux.wallet.internal;
