package io.github.biliflux.passport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Device ids from finger/spi and the bili_ticket (hexsign checked by the emulator), both opt-in. */
class DeviceCookiesTest extends PassportTestBase {

    static final String SPI = "/x/frontend/finger/spi";
    static final String TICKET = "/bapis/bilibili.api.ticket.v1.Ticket/GenWebTicket";
    static final String VIP = "/x/vip/web/user/info";
    static final Route VIP_INFO = Route.get("A4", Host.API, VIP, Auth.COOKIE);
    static final Route RAW_TICKET = Route.post("ticket", Host.API, TICKET, Auth.NONE).readOnly();

    void calls(BiliClient bili, int n) {
        StepVerifier.create(Flux.range(0, n).flatMap(i -> bili.exchangeTree(VIP_INFO.request().build()), n))
                .expectNextCount(n).verifyComplete();
    }

    @Test
    void offByDefault() {
        calls(bili(cookies(ME)), 3);
        assertThat(journal().count(SPI)).isZero();
        assertThat(journal().count(TICKET)).isZero();
        assertThat(journal().entries(VIP)).allSatisfy(e -> assertThat(e.cookieNames()).containsExactlyInAnyOrder("SESSDATA", "bili_jct", "DedeUserID"));
    }

    @Test
    void deviceIdsAreFetchedOnceAndSentWhenTheCookieHasNone() {
        calls(bili(cookies(ME), b -> b.deviceIds(true)), 20);
        assertThat(journal().count(SPI)).isEqualTo(1);
        assertThat(journal().entries(VIP)).hasSize(20)
                .allSatisfy(e -> assertThat(e.cookieNames()).contains("SESSDATA", "buvid3", "buvid4"));
        assertThat(journal().entries(SPI).get(0).seq()).isLessThan(journal().entries(VIP).get(0).seq());
    }

    @Test
    void aCookieWithItsOwnBuvidIsLeftAlone() {
        calls(bili(cookies(ME).withBuvid3("OWN-BUVID3infoc"), b -> b.deviceIds(true)), 2);
        assertThat(journal().count(SPI)).isZero();
    }

    @Test
    void theTicketIsFetchedWithAValidHexsignSentAsACookieAndRenewedADayBeforeItExpires() {
        TestClock clock = TestClock.at(Instant.now());
        BiliClient bili = bili(cookies(ME), b -> b.biliTicket(true).clock(clock));
        calls(bili, 10);
        assertThat(journal().entries(TICKET)).singleElement().satisfies(e -> {
            assertThat(e.code()).isZero(); // the emulator checked hexsign
            assertThat(e.query()).containsEntry("key_id", "ec02").containsKeys("hexsign", "context[ts]");
        });
        assertThat(journal().entries(VIP)).allSatisfy(e -> assertThat(e.cookieNames()).contains("bili_ticket", "bili_ticket_expires"));

        clock.advance(Duration.ofDays(1));
        calls(bili, 2);
        assertThat(journal().count(TICKET)).isEqualTo(1);
        clock.advance(Duration.ofDays(1).plusHours(1)); // less than a day of its three days left
        calls(bili, 2);
        assertThat(journal().count(TICKET)).isEqualTo(2);
    }

    @Test
    void theEmulatorRefusesAWrongHexsign() {
        BiliClient bili = bili(Credentials.none());
        StepVerifier.create(bili.exchangeTree(RAW_TICKET.request().query("key_id", "ec02").query("hexsign", "00ff")
                        .query("context[ts]", 1_700_000_000L).query("csrf", "").build()))
                .expectErrorSatisfies(e -> assertThat(((BiliApiException) e).code()).isEqualTo(400))
                .verify();
    }

    @Test
    void anonymousClientsGetTheDeviceCookiesToo() {
        BiliClient bili = bili(Credentials.none(), b -> b.deviceIds(true).biliTicket(true));
        Route nav = Route.get("nav", Host.API, "/x/web-interface/nav", Auth.NONE);
        StepVerifier.create(bili.exchangeTree(nav.request().build()))
                .expectErrorSatisfies(e -> assertThat(((BiliApiException) e).code()).isEqualTo(-101)).verify();
        Journal.Entry navEntry = journal().entries("/x/web-interface/nav").get(0);
        assertThat(navEntry.cookieNames()).containsExactlyInAnyOrder("buvid3", "buvid4", "bili_ticket", "bili_ticket_expires");
    }
}
