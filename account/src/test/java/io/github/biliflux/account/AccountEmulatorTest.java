package io.github.biliflux.account;

import io.github.biliflux.testing.BiliEmulatorExtension;
import io.github.biliflux.testing.EmulatorFixture;
import io.github.biliflux.testkit.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh emulator for each test, of the demo world unless a class serves another. */
abstract class AccountEmulatorTest {

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.of(this::world);

    EmulatorFixture fx;

    /** The world of one test. */
    World world() {
        return World.demo();
    }

    @BeforeEach
    void useFixture() {
        fx = emulator.fixture();
    }
}
