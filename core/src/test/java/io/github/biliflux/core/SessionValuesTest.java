package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cookies kept as given, session states and the stores that keep them. */
class SessionValuesTest {

    static final String HEADER = "SESSDATA=s3cr3t%2C1; bili_jct=jct0123; DedeUserID=42; buvid3=B3infoc; buvid4=B4; "
            + "ac_time_value=tok3n; bili_ticket=eyJ.t1ck3t; b_nut=1700000000; sid=abc";

    @TempDir
    Path dir;

    @Test
    void parseCookieHeaderKeepsEveryCookieAndSendsThemBack() {
        Credentials.Cookie c = Credentials.parseCookieHeader(HEADER);
        assertThat(c.others()).containsExactly(Map.entry("ac_time_value", "tok3n"), Map.entry("bili_ticket", "eyJ.t1ck3t"),
                Map.entry("b_nut", "1700000000"), Map.entry("sid", "abc"));
        assertThat(c.cookie("ac_time_value")).hasValue("tok3n");
        assertThat(c.cookie("SESSDATA")).hasValue("s3cr3t%2C1");
        assertThat(Credentials.parseCookieHeader(c.header()).header()).isEqualTo(c.header());
        assertThat(c.header()).contains("ac_time_value=tok3n").contains("bili_ticket=eyJ.t1ck3t").contains("b_nut=1700000000");
        assertThat(c.toString()).doesNotContain("s3cr3t", "jct0123", "tok3n", "t1ck3t")
                .contains("ac_time_value", "bili_ticket");
    }

    @Test
    void withReplacesTheNamedCookiesAndKeepsTheRest() {
        Credentials.Cookie c = Credentials.parseCookieHeader(HEADER).with(Map.of("SESSDATA", "n3w", "bili_jct", "jctNew"));
        assertThat(c.sessdata()).isEqualTo("n3w");
        assertThat(c.biliJct()).isEqualTo("jctNew");
        assertThat(c.dedeUserId()).isEqualTo(42);
        assertThat(c.buvid3()).hasValue("B3infoc");
        assertThat(c.others()).containsKeys("ac_time_value", "b_nut");
    }

    @Test
    void aCookieValueWithALineBreakIsRefused() {
        assertThatThrownBy(() -> Credentials.parseCookieHeader(HEADER).with(Map.of("x", "a\r\nb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("a\r\nb");
    }

    @Test
    void theFileStoreRoundTripsAtomicallyWithOwnerOnlyPermissions() throws Exception {
        Path file = dir.resolve("cfg").resolve("session.json");
        FileCredentialStore store = new FileCredentialStore(file);
        assertThat(store.load()).isEmpty();
        Credentials.Cookie c = Credentials.parseCookieHeader(HEADER);
        SessionState s = SessionState.of(c, "tok3n").checked(Instant.ofEpochMilli(1_700_000_000_123L))
                .withPending(new SessionState.Pending(c.with(Map.of("SESSDATA", "n3w")), "tok4"));
        store.save(s);
        store.save(s); // replaced, not appended
        SessionState back = new FileCredentialStore(file).load().orElseThrow();
        assertThat(back.credentials().header()).isEqualTo(c.header());
        assertThat(back.refreshToken()).isEqualTo("tok3n");
        assertThat(back.checkedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(back.pending().credentials().sessdata()).isEqualTo("n3w");
        assertThat(back.pending().refreshToken()).isEqualTo("tok4");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(s.toString()).doesNotContain("s3cr3t", "tok3n", "tok4", "n3w");
    }

    @Test
    void aBrokenFileFailsWithoutEchoingIt() throws Exception {
        Path file = dir.resolve("session.json");
        Files.writeString(file, "{\"cookie\": \"SESSDATA=s3cr3t\"");
        assertThatThrownBy(() -> new FileCredentialStore(file).load())
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aSessionStartsFromTheStoreOrTheInitialStateAndValidatesItsInterval() {
        CredentialStore store = CredentialStore.inMemory();
        assertThatThrownBy(() -> Session.open(store)).isInstanceOf(IllegalStateException.class);
        Credentials.Cookie c = Credentials.parseCookieHeader(HEADER);
        Session s = Session.open(store, SessionState.of(c, "tok3n"));
        assertThat(store.load()).isPresent();
        assertThat(s.current()).isSameAs(c);
        assertThat(Session.open(store).refreshToken()).isEqualTo("tok3n");
        assertThatThrownBy(() -> s.checkEvery(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 minute .. 30 days");
        assertThat(s.toString()).doesNotContain("s3cr3t", "tok3n");
    }
}
