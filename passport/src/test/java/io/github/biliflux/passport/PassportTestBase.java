package io.github.biliflux.passport;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/** One emulator per test (the demo world) and fast clients against it. */
@Timeout(30)
abstract class PassportTestBase {

    static final long ME = World.DEMO_MID;

    BiliEmulator emu;
    World world;
    private final List<BiliClient> clients = new ArrayList<>();

    @BeforeEach
    void startEmulator() {
        world = World.demo();
        emu = BiliEmulator.start(world);
    }

    @AfterEach
    void closeAll() {
        clients.forEach(BiliClient::close);
        clients.clear();
        emu.close();
    }

    Journal journal() {
        return emu.journal();
    }

    Credentials.Cookie cookies(long mid) {
        World.Session s = world.session(mid);
        return Credentials.cookie(s.sessdata(), s.biliJct(), s.mid());
    }

    BiliClient bili(Credentials credentials) {
        return bili(credentials, UnaryOperator.identity());
    }

    BiliClient bili(Credentials credentials, UnaryOperator<BiliClient.Builder> more) {
        return build(more.apply(base().credentials(credentials)));
    }

    BiliClient bili(CredentialSource source) {
        return build(base().credentials(source));
    }

    BiliClient.Builder base() {
        return BiliClient.builder()
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(RateLimit.unlimited())
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    BiliClient build(BiliClient.Builder b) {
        BiliClient bili = b.build();
        clients.add(bili);
        return bili;
    }

    /** A passport client with the emulator's correspond key. */
    PassportClient passport(BiliClient bili) {
        return PassportClient.of(bili).withCorrespondKey(world.passportPublicKey());
    }

    /** The paths of the journal, in order, without the query. */
    List<String> paths() {
        return journal().entries().stream().map(Journal.Entry::path).toList();
    }
}
