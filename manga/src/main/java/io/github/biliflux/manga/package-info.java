/**
 * The manga service of Bilibili (spec M1, M2): the reading coupons a user holds and the comics
 * they bought, from {@code manga.bilibili.com}. Build a {@link io.github.biliflux.manga.MangaClient}
 * from a {@link io.github.biliflux.core.BiliClient} with cookie or app credentials; in app mode
 * the requests are signed with the manga app key and carry the manga app's query parameters
 * ({@link io.github.biliflux.manga.MangaAppParams}).
 */
package io.github.biliflux.manga;
