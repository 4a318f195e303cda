package io.github.biliflux.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/** {@code biliflux <command>}: see {@link Cli}. */
public final class Main {

    /** Bytes of stdout buffered between flushes (a list flushes after each page). */
    static final int STDOUT_BUFFER = 1 << 16;

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--debug")) {
            System.setProperty(CliLogging.LEVEL_PROPERTY, "DEBUG"); // read by CliLogging, before the first logger
        }
        // System.out flushes every line (a write per row); this one flushes when a page or a value is written
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), STDOUT_BUFFER),
                false, stdoutCharset());
        int code;
        try {
            code = new Cli(System.getenv(), out, System.err, System.console() != null).run(args);
        } finally {
            out.flush();
        }
        System.exit(code);
    }

    /** The encoding of {@code System.out}, found as the JDK finds it: {@code stdout.encoding}, else the default. */
    static Charset stdoutCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
