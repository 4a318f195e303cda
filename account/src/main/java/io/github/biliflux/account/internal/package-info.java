/**
 * Wire shapes of the account answers and their conversion to the public records. Not part of the
 * API: free to change.
 */
package io.github.biliflux.account.internal;
