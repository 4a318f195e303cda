package io.github.biliflux.core;

import java.util.Objects;

/**
 * An app key and its secret, used by the APP MD5 signature (PROTOCOL.md). The secret never
 * appears in {@link #toString()}.
 */
public final class AppKey {

    /** The Android client: {@code 1d8b6e7d45233436}. */
    public static final AppKey ANDROID = new AppKey("1d8b6e7d45233436", "560c52ccd288fed045859ed18bffd973");
    /** The Android client, user info: {@code 783bbb7264451d82}. */
    public static final AppKey ANDROID_USER_INFO = new AppKey("783bbb7264451d82", "2653583c8873dea268ab9386918b1d65");
    /** The TV client: {@code 4409e2ce8ffd12b8}. */
    public static final AppKey TV = new AppKey("4409e2ce8ffd12b8", "59b43e04ad6965f34319062b478f83dd");
    /** Third-party authorisation: {@code 27eb53fc9058f8c3}. */
    public static final AppKey THIRD_PARTY = new AppKey("27eb53fc9058f8c3", "c2ed53a74eeefe3cf99fbd01d8c9c375");
    /** The Android manga client, used by M1 and M2: {@code cc8617fd6961e070}. */
    public static final AppKey MANGA_ANDROID = new AppKey("cc8617fd6961e070", "3131924b941aac971e45189f265262be");

    private final String appKey;
    private final String appSec;

    private AppKey(String appKey, String appSec) {
        this.appKey = appKey;
        this.appSec = appSec;
    }

    /**
     * An app key with its secret; both must be non-blank.
     * @param appKey the app key
     * @param appSec the app secret (never logged)
     * @return an app key with its secret; both must be non-blank
     */
    public static AppKey of(String appKey, String appSec) {
        if (Objects.requireNonNull(appKey, "appKey").isBlank()) {
            throw new IllegalArgumentException("appKey must not be blank");
        }
        if (Objects.requireNonNull(appSec, "appSec").isBlank()) {
            throw new IllegalArgumentException("appSec must not be blank");
        }
        return new AppKey(appKey, appSec);
    }

    /**
     * The public app key, sent as {@code appkey}.
     * @return the public app key, sent as {@code appkey}
     */
    public String appKey() {
        return appKey;
    }

    /**
     * The secret, appended to the signed string; never sent, never logged.
     * @return the secret, appended to the signed string; never sent, never logged
     */
    public String appSec() {
        return appSec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppKey k && k.appKey.equals(appKey) && k.appSec.equals(appSec);
    }

    @Override
    public int hashCode() {
        return appKey.hashCode();
    }

    @Override
    public String toString() {
        return "AppKey[" + appKey + ", appsec=<redacted>]";
    }
}
