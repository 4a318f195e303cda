package io.github.biliflux.examples;

import java.util.Arrays;

/** {@code biliflux <command>}: see {@link Cli}. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--debug")) {
            System.setProperty("biliflux.log", "DEBUG"); // read by logback.xml, before the first logger
        }
        int code = new Cli(System.getenv(), System.out, System.err, System.console() != null).run(args);
        System.out.flush();
        System.exit(code);
    }
}
