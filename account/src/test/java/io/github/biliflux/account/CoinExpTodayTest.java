package io.github.biliflux.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BadRequestException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.testing.StubServer;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.World;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * A3: the live route first; the retired exp.php only when the live route looks gone or broken. The
 * cases the emulator cannot produce (a removed route answering -404 or an HTML 404) put the api host on
 * a local stub server and leave the www host on the emulator.
 */
class CoinExpTodayTest extends AccountEmulatorTest {

    private static final String LIVE = "/x/web-interface/coin/today/exp";
    private static final String LEGACY = "/plus/account/exp.php";

    private AccountClient withApiHostAt(StubServer stub, Credentials credentials) {
        return AccountClient.of(fx.client(credentials, Endpoints.singleBase(fx.emu.baseUri()).with(Host.API, stub.baseUri())));
    }

    @Test
    void usesTheLiveRouteOnly() {
        fx.emu.world().setCoinExpToday(World.DEMO_MID, 35);
        StepVerifier.create(AccountClient.of(fx.client(false)).coinExpToday()).expectNext(35).verifyComplete();
        assertThat(fx.emu.journal().count(LIVE)).isOne();
        assertThat(fx.emu.journal().count(LEGACY)).isZero();
    }

    @Test
    void cookieOnly() {
        StepVerifier.create(AccountClient.of(fx.client(true)).coinExpToday())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(MissingCredentialsException.class).hasMessageContaining("A3"))
                .verify();
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    void fallsBackWhenTheLiveRouteAnswersMinus404() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(404, "{\"code\":-404,\"message\":\"啥都木有\",\"ttl\":1}"));
        StepVerifier.create(withApiHostAt(stub, fx.cookie()).coinExpToday()).expectNext(20).verifyComplete();
        assertThat(stub.paths()).hasSize(1).allMatch(p -> p.startsWith(LIVE));
        assertThat(fx.emu.journal().count(LEGACY)).isOne();
        assertThat(fx.emu.journal().entries(LEGACY).get(0).cookieNames()).contains("SESSDATA", "DedeUserID");
    }

    @Test
    void fallsBackWhenTheLiveRouteAnswersAnHtml404() throws Exception {
        StubServer stub = fx.closeLater(StubServer.html(404, "<html><body>404 Not Found</body></html>"));
        StepVerifier.create(withApiHostAt(stub, fx.cookie()).coinExpToday()).expectNext(20).verifyComplete();
        // Core currently retries an unreadable answer as a read (4 attempts), even a 404 page that will not
        // change; one attempt would do. Either way the fallback follows.
        assertThat(stub.paths()).hasSizeBetween(1, 4);
        assertThat(fx.emu.journal().count(LEGACY)).isOne();
    }

    @Test
    void fallsBackWhenTheLiveRouteKeepsAnsweringMalformedJson() {
        fx.emu.faults().onlyPaths(LIVE).failNext(4, Fault.MALFORMED_JSON);
        StepVerifier.create(AccountClient.of(fx.client(false)).coinExpToday()).expectNext(20).verifyComplete();
        assertThat(fx.emu.journal().count(LIVE)).as("retried as a read first").isEqualTo(4);
        assertThat(fx.emu.journal().count(LEGACY)).isOne();
    }

    @Test
    void fallsBackWhenTheLiveRouteSendsNoNumber() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":null}"));
        StepVerifier.create(withApiHostAt(stub, fx.cookie()).coinExpToday()).expectNext(20).verifyComplete();
        assertThat(fx.emu.journal().count(LEGACY)).isOne();
    }

    @Test
    void doesNotFallBackWhenNotLoggedIn() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":-101,\"message\":\"账号未登录\",\"ttl\":1}"));
        StepVerifier.create(withApiHostAt(stub, fx.cookie()).coinExpToday()).expectError(NotLoggedInException.class).verify();
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    void doesNotFallBackWhenLoggedOut() {
        AccountClient account = AccountClient.of(fx.client(false));
        fx.emu.world().logout(World.DEMO_MID);
        StepVerifier.create(account.coinExpToday()).expectError(NotLoggedInException.class).verify();
        assertThat(fx.emu.journal().count(LIVE)).isOne();
        assertThat(fx.emu.journal().count(LEGACY)).isZero();
    }

    @Test
    void doesNotFallBackWhenThrottled() {
        fx.emu.faults().onlyPaths(LIVE).failNext(4, Fault.CODE_412);
        StepVerifier.create(AccountClient.of(fx.client(false)).coinExpToday()).expectError(RateLimitedException.class).verify();
        assertThat(fx.emu.journal().count(LEGACY)).isZero();
    }

    @Test
    void reportsTheLiveRouteErrorWhenTheFallbackFailsToo() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":-404,\"message\":\"啥都木有\",\"ttl\":1}"));
        // Without DedeUserID the live route may be asked, the retired one may not.
        Credentials noMid = Credentials.cookie(fx.session.sessdata(), fx.session.biliJct());
        StepVerifier.create(withApiHostAt(stub, noMid).coinExpToday())
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(BadRequestException.class);
                    assertThat(((BadRequestException) e).code()).isEqualTo(-404);
                    assertThat(e.getSuppressed()).singleElement().isInstanceOf(MissingCredentialsException.class);
                })
                .verify();
        assertThat(stub.paths()).hasSize(1);
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    void theLegacyRouteAloneNeedsDedeUserId() {
        // The live route does not: a cookie login without DedeUserID still gets today's exp.
        Credentials noMid = Credentials.cookie(fx.session.sessdata(), fx.session.biliJct());
        StepVerifier.create(AccountClient.of(fx.client(noMid)).coinExpToday()).expectNext(20).verifyComplete();
    }
}
