package io.github.biliflux.benchmarks;

import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A BiliEmulator in a JVM of its own, so that the harness measures the client's heap alone (the
 * generated world of 1,000,000 followings is about 28 MB, and the emulator's journal grows with
 * every request). Serves {@code World.generated(seed, 0, followings)}: {@link World#DEMO_MID}
 * following {@code followings} users. Prints one line
 * {@code READY <port> <mid> <sessdata> <bili_jct>} and runs until its standard input closes.
 *
 * <p>Usage: {@code EmulatorProcess --followings N [--seed S]}
 */
public final class EmulatorProcess {

    private EmulatorProcess() {
    }

    public static void main(String[] args) throws Exception {
        int followings = 0;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--followings" -> followings = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        try (BiliEmulator emu = BiliEmulator.start(World.generated(seed, 0, followings))) {
            World.Session s = emu.world().session(World.DEMO_MID);
            Thread journalTrimmer = new Thread(() -> {
                // The journal keeps every request; this process must not grow with the stream either.
                while (true) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    emu.journal().clear();
                }
            }, "journal-trimmer");
            journalTrimmer.setDaemon(true);
            journalTrimmer.start();
            System.out.println("READY " + emu.port() + " " + s.mid() + " " + s.sessdata() + " " + s.biliJct());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // Runs until the harness closes our standard input (or dies).
            }
        }
    }
}
