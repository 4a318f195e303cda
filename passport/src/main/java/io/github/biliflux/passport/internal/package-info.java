/** Internals of the passport module (JSON payloads, the RSA-OAEP correspond path); not part of the API. */
package io.github.biliflux.passport.internal;
