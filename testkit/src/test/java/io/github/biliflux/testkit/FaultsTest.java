package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each fault kind observable over HTTP, determinism, path restriction, rate threshold; the journal. */
@Timeout(20)
class FaultsTest extends EmulatorTest {

    private static final String FOLLOWERS = "/x/relation/followers";

    private HttpRequest account() {
        return http.request("/x/member/web/account", Map.of()).header("Cookie", cookie).GET().build();
    }

    private HttpRequest charge(String bp) {
        return http.request(WalletTest.PAY, Map.of()).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.encode(map("bp_num", bp, "is_bp_remains_prior", "true", "up_mid", "1", "otype", "up",
                        "oid", "1", "csrf", csrf))))
                .build();
    }

    private Journal.Entry last() {
        List<Journal.Entry> all = emu.journal().entries();
        return all.get(all.size() - 1);
    }

    @Test
    void envelopeFaults() throws IOException {
        emu.faults().failNext(1, Fault.CODE_412).failNext(1, Fault.CODE_799).failNext(1, Fault.CODE_352);
        Http.Res r412 = http.trySend(account());
        assertCode(r412, -412);
        assertThat(last().handlerRan()).isFalse();
        assertThat(last().fault()).isEqualTo(Fault.CODE_412);
        assertCode(http.trySend(account()), -799);
        Http.Res r352 = http.trySend(account());
        assertCode(r352, -352);
        assertThat(r352.data().path("v_voucher").asText()).startsWith("voucher_");
        assertCode(http.trySend(account()), 0);
        assertThat(last().fault()).isNull();
        assertThat(last().handlerRan()).isTrue();
    }

    @Test
    void httpFaults() throws IOException {
        emu.faults().failNext(1, Fault.HTTP_412_HTML).failNext(1, Fault.HTTP_5XX);
        Http.Res gateway = http.trySend(account());
        assertThat(gateway.status()).isEqualTo(412);
        assertThat(gateway.contentType()).startsWith("text/html");
        assertThat(gateway.body()).contains("412");
        assertThat(last().httpStatus()).isEqualTo(412);
        assertThat(last().code()).isNull();
        Http.Res down = http.trySend(account());
        assertThat(down.status()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void malformedAndTruncatedBodies() throws IOException {
        emu.faults().failNext(1, Fault.MALFORMED_JSON).failNext(1, Fault.TRUNCATED_BODY);
        Http.Res bad = http.trySend(account());
        assertThat(bad.status()).isEqualTo(200);
        assertThatThrownBy(bad::json).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> http.trySend(account())).isInstanceOf(IOException.class);
        assertThat(last().fault()).isEqualTo(Fault.TRUNCATED_BODY);
        assertThat(last().handlerRan()).isTrue();
        assertCode(http.trySend(account()), 0);
    }

    @Test
    void resetBeforeHandlerChangesNothing() {
        emu.faults().failNext(1, Fault.RESET_BEFORE_HANDLER);
        assertThatThrownBy(() -> http.trySend(charge("10"))).isInstanceOf(IOException.class);
        assertThat(world.balance(ME)).isEqualByComparingTo("100");
        assertThat(last().handlerRan()).isFalse();
        assertThat(last().httpStatus()).isZero();
        assertThat(emu.journal().mutations()).isEmpty();
    }

    @Test
    void resetAfterHandlerAppliesTheChargeExactlyOnce() throws IOException {
        emu.faults().failNext(1, Fault.RESET_AFTER_HANDLER);
        assertThatThrownBy(() -> http.trySend(charge("10"))).isInstanceOf(IOException.class);
        assertThat(world.balance(ME)).isEqualByComparingTo("90");
        List<Journal.Entry> charges = emu.journal().entries(WalletTest.PAY);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).handlerRan()).isTrue();
        assertThat(charges.get(0).mutated()).isTrue();
        assertThat(charges.get(0).fault()).isEqualTo(Fault.RESET_AFTER_HANDLER);
        assertThat(charges.get(0).httpStatus()).isZero();
        assertThat(emu.journal().mutations()).hasSize(1);
        assertThat(world.orders(ME)).hasSize(1);
        assertCode(http.trySend(account()), 0);
    }

    @Test
    void randomFaultsAreDeterministicFromTheSeed() throws IOException {
        List<Integer> first = run(42);
        List<Integer> second = run(42);
        assertThat(first).isEqualTo(second).contains(-412, -799, 0);
        assertThat(run(43)).isNotEqualTo(first);
    }

    private List<Integer> run(long seed) throws IOException {
        emu.faults().clear();
        emu.faults().seed(seed).code412(0.3).code799(0.3);
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            codes.add(http.trySend(account()).code());
        }
        emu.faults().clear();
        return codes;
    }

    @Test
    void everyProbabilisticKindFires() {
        for (Fault kind : Fault.values()) {
            if (kind == Fault.RATE_LIMITED) {
                continue;
            }
            emu.faults().clear();
            emu.faults().probability(kind, 1.0);
            try {
                http.trySend(account());
            } catch (IOException expected) {
                // resets and truncation
            }
            assertThat(last().fault()).as("kind %s", kind).isEqualTo(kind);
        }
        emu.faults().clear();
        assertThatThrownBy(() -> emu.faults().probability(Fault.CODE_412, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyPathsRestrictsFaults() throws IOException {
        emu.faults().onlyPaths(FOLLOWERS).code412(1.0);
        assertCode(http.trySend(account()), 0);
        assertCode(get(FOLLOWERS, "vmid", "" + ME), -412);
        emu.faults().clear();
        assertCode(get(FOLLOWERS, "vmid", "" + ME), 0);
    }

    @Test
    void rateThresholdAnswersHttp412() throws IOException {
        emu.faults().rateThreshold(5);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(http.trySend(account()).status());
        }
        assertThat(statuses).contains(412).startsWith(200, 200, 200, 200, 200);
        assertThat(emu.journal().entries().stream().filter(e -> e.fault() == Fault.RATE_LIMITED)).isNotEmpty();
        emu.faults().rateThreshold(0);
        assertThat(http.trySend(account()).status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysWithoutBlocking() throws IOException {
        emu.faults().latency(Duration.ofMillis(50), Duration.ofMillis(20));
        long start = System.nanoTime();
        assertCode(http.trySend(account()), 0);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void journalRecordsRequests() {
        post("/x/relation/modify", "fid", "5", "act", "1", "re_src", "11");
        http.postJson(MangaCourseTest.COUPONS, Map.of("platform", "android"), "{\"pageNum\":1}", cookie);
        get(FOLLOWERS, "vmid", "" + ME, "ps", "5");
        Journal j = emu.journal();
        assertThat(j.count(FOLLOWERS)).isEqualTo(1);
        Journal.Entry modify = j.entries("/x/relation/modify").get(0);
        assertThat(modify.method()).isEqualTo("POST");
        assertThat(modify.form()).containsEntry("fid", "5").containsEntry("act", "1");
        assertThat(modify.specId()).isEqualTo("R7");
        assertThat(modify.callerMid()).isEqualTo(ME);
        assertThat(modify.cookiePresent()).isTrue();
        assertThat(modify.cookieNames()).contains("SESSDATA", "bili_jct", "DedeUserID");
        assertThat(modify.userAgent()).contains("Mozilla");
        assertThat(modify.code()).isZero();
        assertThat(modify.httpStatus()).isEqualTo(200);
        Journal.Entry coupons = j.entries(MangaCourseTest.COUPONS).get(0);
        assertThat(coupons.jsonBody()).isEqualTo("{\"pageNum\":1}");
        assertThat(coupons.query()).containsEntry("platform", "android");
        assertThat(coupons.mutated()).isFalse();
        assertThat(j.entries(FOLLOWERS).get(0).query()).containsEntry("ps", "5");
        assertThat(j.mutations()).extracting(Journal.Entry::path).containsExactly("/x/relation/modify");
        assertThat(j.entries()).extracting(Journal.Entry::seq).isSorted();
        j.clear();
        assertThat(j.entries()).isEmpty();
    }
}
