package io.github.biliflux.manga;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.testing.TestClients;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * The table's forms of M1/M2 through the whole client (the emulator always sends the example's
 * forms), on a local Reactor Netty server answering one fixed body; and an undecodable shape.
 */
class WireFormsTest {

    private DisposableServer server;
    private BiliClient bili;
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() {
        bili.close();
        server.disposeNow();
    }

    private MangaClient answering(String body) {
        server = HttpServer.create().host("127.0.0.1").port(0).handle((req, res) -> req.receive().then(Mono.defer(() -> {
            requests.incrementAndGet();
            return res.header("Content-Type", "application/json").sendString(Mono.just(body), StandardCharsets.UTF_8).then();
        }))).bindNow();
        bili = TestClients.builder(URI.create("http://127.0.0.1:" + server.port()))
                .credentials(Credentials.cookie("sess", "jct", 1L)).build();
        return MangaClient.of(bili);
    }

    @Test
    void numericCouponTimesAndCodes() {
        MangaClient manga = answering("""
                {"code": 0, "msg": "", "data": {"total_remain_amount": 3, "user_coupons": [null,
                  {"ID": 9, "remain_amount": 3, "expire_time": 1653364833, "reason": 2, "type": 7, "ctime": "1652760033",
                   "total_amount": 3, "type_num": 7, "will_expire": 1}], "coupon_info": null}}""");

        List<Coupon> coupons = manga.coupons().collectList().block();

        assertThat(coupons).singleElement().satisfies(c -> {
            assertThat(c.expireTime()).isEqualTo(Instant.ofEpochSecond(1653364833L));
            assertThat(c.ctime()).isEqualTo(Instant.ofEpochSecond(1652760033L));
            assertThat(c.reason().code()).isEqualTo(OptionalInt.of(2));
            assertThat(c.type().code()).isEqualTo(OptionalInt.of(7));
            assertThat(c.willExpire()).isTrue();
        });
        assertThat(requests).hasValue(1); // one entry < 20: the short page ends the list
        CouponSummary s = manga.couponSummary().block();
        assertThat(s.totalRemainAmount()).isEqualTo(3);
        assertThat(s.couponInfo()).isEqualTo(CouponInfo.EMPTY);
    }

    @Test
    void comicWithStringIdMisspeltBuyTypeAndObjectOrders() {
        MangaClient manga = answering("""
                {"code": 0, "msg": "", "data": [{"id": 1, "comic_id": "29726", "last_ord": 216.5, "bug_type": 9,
                  "ctime": "2021-02-23 00:18:06", "orders": {"id": 3, "title": "通用券"}}, null]}""");

        List<BoughtComic> comics = manga.boughtComics().collectList().block();

        assertThat(comics).singleElement().satisfies(c -> {
            assertThat(c.comicId()).isEqualTo(29726L);
            assertThat(c.lastOrd()).isEqualTo(new BigDecimal("216.5"));
            assertThat(c.buyType()).isEqualTo(9);
            assertThat(c.ctime()).isEqualTo(Instant.parse("2021-02-22T16:18:06Z"));
            assertThat(c.orders()).containsExactly(new PaymentMethod(3, "通用券"));
        });
    }

    @Test
    void anUndecodableShapeIsADecodingErrorAndNotRetried() {
        MangaClient manga = answering("""
                {"code": 0, "msg": "", "data": {"user_coupons": [{"ID": 9, "reason": [1, 2]}]}}""");

        StepVerifier.create(manga.coupons()).verifyErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(DecodingException.class).hasMessageContaining("M1"));
        assertThat(requests).hasValue(1);
    }

    @Test
    void aMangaErrorCodeKeepsItsMsg() {
        MangaClient manga = answering("{\"code\": 1, \"msg\": \"参数错误\"}");

        StepVerifier.create(manga.boughtComics()).verifyErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(io.github.biliflux.core.BiliApiException.class);
            io.github.biliflux.core.BiliApiException api = (io.github.biliflux.core.BiliApiException) e;
            assertThat(api.code()).isEqualTo(1);
            assertThat(api.serverMessage()).isEqualTo("参数错误");
            assertThat(e.getMessage()).contains("M2");
        });
        assertThat(requests).hasValue(1);
    }
}
