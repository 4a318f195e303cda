package io.github.biliflux.testkit;

/**
 * Which of the two documented behaviours the emulator follows where the live service moved since the
 * spec was captured (PROTOCOL.md "Where the live service moved").
 */
public enum CapMode {
    /**
     * As spec/ says: R1/R2 of other users answer 22007 past page 5; R7 act 3 (whisper) works; W1
     * {@code bp_num} is 20..99990.
     */
    SPEC,
    /**
     * As the live service: R1/R2 of other users answer code 0 with an empty list after 100 entries
     * (total unchanged); R7 act 3 is refused with -400; W1 {@code bp_num} is 2..9999. The default.
     */
    LIVE
}
