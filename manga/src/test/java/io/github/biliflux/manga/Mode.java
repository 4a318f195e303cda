package io.github.biliflux.manga;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.testkit.World;

/** The two logins M1 and M2 accept. */
enum Mode {
    COOKIE, APP;

    Credentials credentials(World.Session s) {
        // App logins hold the generic Android key on purpose: the manga routes must still sign with the manga key.
        return this == COOKIE ? Credentials.cookie(s.sessdata(), s.biliJct(), s.mid()) : Credentials.app(s.accessKey(), AppKey.ANDROID);
    }
}
