package io.github.biliflux.testing;

import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension giving each test a fresh {@link EmulatorFixture}: an emulator of a new world,
 * and the clients the test builds, all closed after it. Register it on an instance field with
 * {@code @RegisterExtension} ({@code final BiliEmulatorExtension emulator = BiliEmulatorExtension.demo();})
 * and take {@code emulator.fixture()} in the test, or use {@code @ExtendWith(BiliEmulatorExtension.class)}
 * (the demo world) and take an {@link EmulatorFixture}, {@link BiliEmulator} or {@link World}
 * parameter. The README's "Testing your own code" shows a whole test.
 */
public final class BiliEmulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<World> world;
    private EmulatorFixture current;

    /** The demo world ({@link World#demo()}) for each test; for {@code @ExtendWith}. */
    public BiliEmulatorExtension() {
        this(World::demo);
    }

    private BiliEmulatorExtension(Supplier<World> world) {
        this.world = world;
    }

    /**
     * An extension serving a new {@link World#demo()} to each test.
     *
     * @return the extension
     */
    public static BiliEmulatorExtension demo() {
        return new BiliEmulatorExtension();
    }

    /**
     * An extension serving a new world of {@code world} to each test.
     *
     * @param world makes the world of one test, e.g. {@code () -> World.demo(clock)}
     * @return the extension
     */
    public static BiliEmulatorExtension of(Supplier<World> world) {
        return new BiliEmulatorExtension(Objects.requireNonNull(world, "world"));
    }

    /**
     * The running test's fixture.
     *
     * @return the fixture
     * @throws IllegalStateException outside a test
     */
    public EmulatorFixture fixture() {
        if (current == null) {
            throw new IllegalStateException("no test is running: the fixture exists from beforeEach to afterEach");
        }
        return current;
    }

    /**
     * Replaces the running test's emulator with one serving {@code w}, closing the old one and its clients.
     *
     * @param w the world to serve
     * @return the new fixture
     * @throws Exception if closing the old fixture failed
     */
    public EmulatorFixture restart(World w) throws Exception {
        Objects.requireNonNull(w, "w");
        if (current != null) {
            current.close();
        }
        current = new EmulatorFixture(w);
        return current;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        restart(world.get());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (current != null) {
            EmulatorFixture f = current;
            current = null;
            f.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        return t == EmulatorFixture.class || t == BiliEmulator.class || t == World.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        EmulatorFixture f = fixture();
        return t == EmulatorFixture.class ? f : t == BiliEmulator.class ? f.emu : f.world();
    }
}
