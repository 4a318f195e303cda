package io.github.biliflux.examples;

import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code biliflux emulator}: the embedded BiliEmulator as a foreground server on the loopback
 * interface, for clients in any language. It prints its base URL and the demo account's Cookie
 * header, then serves until Ctrl-C (a shutdown hook closes it) or until its thread is interrupted.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
        description = "Serve the embedded emulator on 127.0.0.1 until Ctrl-C; prints its base URL and the demo account's Cookie header")
final class EmulatorCommand implements Callable<Integer> {

    /** The most generated followers (about 28 bytes each). */
    static final int MAX_FOLLOWERS = 5_000_000;

    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "the port, 0..65535 (default 0: any free port)")
    int port;

    @ArgGroup(exclusive = true)
    WorldChoice world;

    /** Which world: the demo, or a generated follower list. */
    static final class WorldChoice {
        @Option(names = "--world", paramLabel = "NAME", description = "demo (the default): the demo account of the tests and examples")
        String name;

        @Option(names = "--followers", paramLabel = "N", description = "a generated world: the demo account with N followers, 0.." + MAX_FOLLOWERS)
        Integer followers;
    }

    @Override
    public Integer call() {
        Cli cli = root.cli;
        World w;
        try {
            w = world();
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be in 0..65535, was " + port);
            }
        } catch (IllegalArgumentException e) {
            return cli.usageError(spec.commandLine(), e.getMessage());
        }
        BiliEmulator emu = BiliEmulator.start(w, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emu.close();
            stopped.countDown();
        }, "biliflux-emulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            World.Session me = emu.world().session(World.DEMO_MID);
            PrintStream out = cli.out;
            out.println("base URL: " + emu.baseUri());
            out.println("Cookie: " + me.cookieHeader());
            out.println("access key: " + me.accessKey());
            out.println("demo mid: " + me.mid());
            out.println("try: BILI_BASE_URL=" + emu.baseUri() + " BILI_COOKIE='" + me.cookieHeader() + "' ./biliflux followers");
            out.flush();
            cli.err.println("biliflux: emulator listening on " + emu.baseUri() + " (loopback only); Ctrl-C stops it");
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true; // restored once the server is closed: closing waits, and an interrupted wait fails
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is closing it
            }
            emu.close();
        }
        cli.err.println("biliflux: emulator stopped");
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Cli.OK;
    }

    private World world() {
        if (world != null && world.followers != null) {
            int n = world.followers;
            if (n < 0 || n > MAX_FOLLOWERS) {
                throw new IllegalArgumentException("--followers must be in 0.." + MAX_FOLLOWERS + ", was " + n);
            }
            return World.generated(1, n);
        }
        if (world != null && world.name != null && !world.name.equals("demo")) {
            throw new IllegalArgumentException("--world must be demo, was '" + world.name + "'");
        }
        return World.demo();
    }
}
