package io.github.biliflux.wallet;

import io.github.biliflux.testing.EmulatorFixture;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An emulator of the demo world and the demo user's wallet client, fresh for each test. */
abstract class WalletEmulatorTest {

    EmulatorFixture fx;
    WalletClient wallet;

    @BeforeEach
    void start() {
        fx = new EmulatorFixture(World.demo());
        wallet = WalletClient.of(fx.client(false));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    /** The demo user's B-coin balance. */
    BigDecimal balance() {
        return fx.emu.world().balance(World.DEMO_MID);
    }
}
