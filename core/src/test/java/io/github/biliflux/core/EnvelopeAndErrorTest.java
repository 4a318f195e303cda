package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.code;
import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.json;
import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

/** The four envelopes, each error mapping, and every unreadable answer, against a local server. */
class EnvelopeAndErrorTest {

    record Item(long mid, String uname) {
    }

    static final Route API = Route.get("T1", Host.API, "/x/test", Auth.NONE);
    static final Route MANGA = Route.get("T2", Host.MANGA, "/twirp/test", Auth.NONE).envelope(Envelope.MANGA);
    static final Route NUMBER = Route.get("T3", Host.WWW, "/plus/test.php", Auth.NONE).envelope(Envelope.NUMBER);
    static final Route PASSPORT = Route.get("T4", Host.PASSPORT, "/web/test", Auth.NONE).envelope(Envelope.PASSPORT);

    final ScriptedServer server = new ScriptedServer();
    final BiliClient bili = Fixtures.client(server).retry(RetryPolicy.none()).build();

    @AfterEach
    void close() {
        bili.close();
        server.close();
    }

    @Test
    void apiEnvelopeDecodesDataAndIgnoresUnknownFields() {
        server.script("/x/test", json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"extra\":[1],\"data\":"
                + "{\"mid\":7,\"uname\":\"a\",\"name_render\":{\"x\":1},\"contract_info\":null}}"));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectNext(new Item(7, "a")).verifyComplete();
    }

    @Test
    void mangaEnvelopeUsesMsg() {
        server.script("/twirp/test", json(200, "{\"code\":0,\"msg\":\"\",\"data\":[{\"mid\":1,\"uname\":\"x\"}]}"),
                json(200, "{\"code\":1,\"msg\":\"invalid page\",\"data\":{}}"));
        StepVerifier.create(bili.exchange(MANGA.request().build(), new TypeReference<List<Item>>() { }))
                .expectNext(List.of(new Item(1, "x"))).verifyComplete();
        StepVerifier.create(bili.exchange(MANGA.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(BiliApiException.class)
                        .hasMessageContaining("invalid page")
                        .satisfies(x -> assertThat(((BiliApiException) x).code()).isEqualTo(1)))
                .verify();
    }

    @Test
    void numberEnvelopeReturnsNumber() {
        server.script("/plus/test.php", json(200, "{\"code\":0,\"message\":\"0\",\"number\":50}"));
        StepVerifier.create(bili.exchange(NUMBER.request().build(), Integer.class)).expectNext(50).verifyComplete();
    }

    @Test
    void passportEnvelopeHasNoMessage() {
        server.script("/web/test", json(200, "{\"code\":0,\"data\":{\"mid\":3,\"uname\":\"p\"}}"));
        StepVerifier.create(bili.exchange(PASSPORT.request().build(), Item.class)).expectNext(new Item(3, "p")).verifyComplete();
    }

    @Test
    void absentOrNullDataIsEmpty() {
        server.script("/x/test", code(0, "0"), ok("null"));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class)).verifyComplete();
        StepVerifier.create(bili.exchange(API.request().build(), Item.class)).verifyComplete();
    }

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(-101, NotLoggedInException.class),
                Arguments.of(-102, AccountBannedException.class),
                Arguments.of(-111, CsrfException.class),
                Arguments.of(-352, RiskControlException.class),
                Arguments.of(-400, BadRequestException.class),
                Arguments.of(-404, BadRequestException.class),
                Arguments.of(-405, BadRequestException.class),
                Arguments.of(-409, BadRequestException.class),
                Arguments.of(-401, AccessDeniedException.class),
                Arguments.of(-403, AccessDeniedException.class),
                Arguments.of(-412, RateLimitedException.class),
                Arguments.of(-509, RateLimitedException.class),
                Arguments.of(-799, RateLimitedException.class),
                Arguments.of(-500, ServerErrorException.class),
                Arguments.of(-503, ServerErrorException.class),
                Arguments.of(-504, ServerErrorException.class),
                Arguments.of(-8888, ServerErrorException.class),
                Arguments.of(22007, PageLimitException.class),
                Arguments.of(22115, PrivacyException.class),
                Arguments.of(22118, PrivacyException.class),
                Arguments.of(12345, BiliApiException.class));
    }

    @ParameterizedTest(name = "code {0} -> {1}")
    @MethodSource("codes")
    void everyCodeHasItsType(int code, Class<? extends BiliApiException> type) {
        server.script("/x/test", json(200, "{\"code\":" + code + ",\"message\":\"msg " + code + "\",\"ttl\":1,\"data\":{\"mid\":\"not a number\"}}"));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isExactlyInstanceOf(type);
                    BiliApiException a = (BiliApiException) e;
                    assertThat(a.code()).isEqualTo(code);
                    assertThat(a.serverMessage()).isEqualTo("msg " + code);
                    assertThat(a.route()).isEqualTo("T1 GET /x/test");
                    assertThat(a.getMessage()).contains("code " + code).contains("T1 GET /x/test");
                })
                .verify();
    }

    @Test
    void riskControlCarriesTheVoucher() {
        server.script("/x/test", json(200, "{\"code\":-352,\"message\":\"-352\",\"data\":{\"v_voucher\":\"voucher_abc\"}}"));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(((RiskControlException) e).voucher()).contains("voucher_abc"))
                .verify();
    }

    @Test
    void aRouteMapsItsOwnCodesFirst() {
        class TagExists extends BiliApiException {
            TagExists(ApiError e) {
                super(e, "tag exists");
            }
        }
        Route r = API.error(22106, TagExists::new);
        server.script("/x/test", code(22106, "分组已存在"));
        StepVerifier.create(bili.execute(r.request().build()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(TagExists.class).hasMessageContaining("tag exists"))
                .verify();
    }

    @Test
    void http412WithHtmlIsRateLimited() {
        server.script("/x/test", html(412));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isExactlyInstanceOf(RateLimitedException.class);
                    assertThat(((RateLimitedException) e).code()).isEqualTo(-412);
                    assertThat(((RateLimitedException) e).httpStatus()).isEqualTo(412);
                })
                .verify();
    }

    @Test
    void http5xxWithHtmlIsAServerError() {
        server.script("/x/test", html(503));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(ServerErrorException.class)
                        .satisfies(x -> assertThat(((ServerErrorException) x).httpStatus()).isEqualTo(503)))
                .verify();
    }

    @Test
    void http5xxWithAnEnvelopeKeepsItsCode() {
        server.script("/x/test", json(500, "{\"code\":-500,\"message\":\"服务器错误\"}"));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(((ServerErrorException) e).serverMessage()).isEqualTo("服务器错误"))
                .verify();
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("empty body", json(200, "")),
                Arguments.of("html page", html(200)),
                Arguments.of("html 404", html(404)),
                Arguments.of("malformed json", json(200, "{\"code\":0,\"data\":{\"mid\":1,,}")),
                Arguments.of("truncated json", json(200, "{\"code\":0,\"message\":\"0\",\"data\":{\"mid\":1")),
                Arguments.of("no code", json(200, "{\"message\":\"0\",\"data\":{}}")),
                Arguments.of("a bare array", json(200, "[1,2,3]")),
                Arguments.of("code 0 on HTTP 404", json(404, "{\"code\":0,\"data\":null}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableAnswersAreMalformed(String what, ScriptedServer.Answer answer) {
        server.script("/x/test", answer);
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(MalformedResponseException.class)
                        .hasMessageContaining("T1 GET /x/test"))
                .verify();
    }

    @Test
    void aTruncatedBodyOnTheWireIsATransportFailure() {
        server.script("/x/test", ScriptedServer.truncated());
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfAny(BiliTransportException.class, MalformedResponseException.class))
                .verify();
    }

    @Test
    void validJsonOfTheWrongShapeIsADecodingError() {
        server.script("/x/test", ok("{\"mid\":{\"nested\":true}}"));
        StepVerifier.create(bili.exchange(API.request().build(), Item.class))
                .expectError(DecodingException.class).verify();
    }

    record Strict(long mid) {
        Strict {
            if (mid < 0) {
                throw new IllegalArgumentException("mid must be >= 0");
            }
        }
    }

    @Test
    void dataThatARecordRefusesIsADecodingErrorAndIsNotRetried() {
        BiliClient retrying = Fixtures.client(server).build();
        server.script("/x/test", ok("{\"mid\":-1}"));
        StepVerifier.create(retrying.exchange(API.request().build(), Strict.class)).expectError(DecodingException.class).verify();
        assertThat(server.received("/x/test")).hasSize(1);
        retrying.close();
    }

    @Test
    void whatAConverterRefusesIsADecodingError() {
        server.script("/x/test", ok("{\"mid\":7,\"uname\":null}"), ok("{\"mid\":1e999999999}"));
        // The mapper reads the null uname as "" (Json); a converter that still wants a value refuses it.
        StepVerifier.create(bili.exchange(API.request().build(), Item.class,
                        i -> java.util.Objects.requireNonNull(i.uname().isEmpty() ? null : i.uname()).length()))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(DecodingException.class).hasMessageContaining("NullPointerException"))
                .verify();
        StepVerifier.create(bili.exchange(API.request().build(), Item.class)).expectError(DecodingException.class).verify();
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.script("/x/test", (r, req, res) -> res.status(302).header("Location", server.baseUri() + "/elsewhere").send());
        BiliClient withCookie = Fixtures.client(server).retry(RetryPolicy.none()).credentials(Fixtures.cookie()).build();
        StepVerifier.create(withCookie.exchange(API.request().build(), Item.class))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(MalformedResponseException.class).hasMessageContaining("redirect"))
                .verify();
        assertThat(server.received("/elsewhere")).isEmpty();
        withCookie.close();
    }

    @Test
    void nothingIsSentBeforeSubscription() {
        var mono = bili.exchange(API.request().build(), Item.class);
        assertThat(server.received()).isEmpty();
        StepVerifier.create(mono).verifyComplete();
        StepVerifier.create(mono).verifyComplete();
        assertThat(server.received()).hasSize(2);
    }
}
