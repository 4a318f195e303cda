package io.github.biliflux.core;

/** The Bilibili hosts the spec's endpoints live on; {@link Endpoints} maps each to a base URI. */
public enum Host {
    /** api.bilibili.com: relations, account, wallet, courses. */
    API,
    /** www.bilibili.com: the retired exp.php (A3). */
    WWW,
    /** passport.bilibili.com: account security (A5). */
    PASSPORT,
    /** manga.bilibili.com: coupons and bought comics (M1, M2). */
    MANGA
}
