package io.github.biliflux.wallet;

import io.github.biliflux.testing.BiliEmulatorExtension;
import io.github.biliflux.testing.EmulatorFixture;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An emulator of the demo world and the demo user's wallet client, fresh for each test. */
abstract class WalletEmulatorTest {

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.demo();

    EmulatorFixture fx;
    WalletClient wallet;

    @BeforeEach
    void start() {
        fx = emulator.fixture();
        wallet = WalletClient.of(fx.client(false));
    }

    /** The demo user's B-coin balance. */
    BigDecimal balance() {
        return fx.emu.world().balance(World.DEMO_MID);
    }
}
