package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.code;
import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.json;
import static io.github.biliflux.core.ScriptedServer.ok;
import static io.github.biliflux.core.ScriptedServer.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** SESSDATA, bili_jct, access keys, app secrets and signatures never reach logs, messages or toString(). */
class SecretsTest {

    final ScriptedServer server = new ScriptedServer();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before;

    @BeforeEach
    void captureEverything() {
        before = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restore() {
        root.detachAppender(logs);
        root.setLevel(before);
        server.close();
    }

    List<String> secrets() {
        List<String> s = new ArrayList<>(List.of(Fixtures.SESSDATA, Fixtures.BILI_JCT, Fixtures.ACCESS_KEY,
                AppKey.ANDROID.appSec(), AppKey.MANGA_ANDROID.appSec()));
        for (ScriptedServer.Received r : server.received()) {
            for (String q : List.of(r.query(), r.body())) {
                var p = SigningOnTheWireTest.params(q.contains("=") ? q : "");
                for (String k : List.of("sign", "w_rid")) {
                    if (p.get(k) != null) {
                        s.add(p.get(k));
                    }
                }
            }
        }
        return s;
    }

    String everything(List<Throwable> errors, Object... values) {
        root.detachAppender(logs); // ListAppender is not thread-safe: stop appends before reading
        StringBuilder sb = new StringBuilder();
        List.copyOf(logs.list).forEach(e -> {
            sb.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                sb.append(e.getThrowableProxy().getMessage()).append('\n');
            }
        });
        for (Throwable t : errors) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                sb.append(c).append('\n');
            }
        }
        for (Object v : values) {
            sb.append(v).append('\n');
        }
        return sb.toString();
    }

    Throwable errorOf(Mono<?> m) {
        return m.then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block(java.time.Duration.ofSeconds(10));
    }

    @Test
    void noSecretInLogsMessagesOrToStrings() {
        Route read = Route.get("T1", Host.API, "/x/read", Auth.COOKIE_OR_APP);
        Route write = Route.post("T2", Host.API, "/x/write", Auth.COOKIE_OR_APP);
        Route wbi = Route.get("T3", Host.API, "/x/wbi/read", Auth.COOKIE_OR_APP).wbiSigned();
        server.script("/x/web-interface/nav", SigningOnTheWireTest.nav(SigningOnTheWireTest.IMG, SigningOnTheWireTest.SUB, 0),
                SigningOnTheWireTest.nav(SigningOnTheWireTest.IMG, SigningOnTheWireTest.SUB, 0));
        List<Throwable> errors = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Credentials creds : List.of(Fixtures.cookie(), Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID))) {
            BiliClient bili = Fixtures.client(server).credentials(creds).build();
            values.add(bili);
            values.add(creds);
            server.script("/x/read", ok("{}"), code(-101, "账号未登录"), html(412), html(503), json(200, "{bad"), reset());
            server.script("/x/write", ok("{}"), reset(), code(-111, "csrf 校验失败"), html(502));
            server.script("/x/wbi/read", ok("{}"), code(-352, "风控"));
            for (int i = 0; i < 4; i++) {
                ApiRequest r = read.request().query("vmid", 1).build();
                values.add(r);
                Throwable t = errorOf(bili.exchangeTree(r));
                if (t != null) {
                    errors.add(t);
                }
            }
            for (int i = 0; i < 4; i++) {
                Throwable t = errorOf(bili.execute(write.request().form("fid", 2).build()));
                if (t != null) {
                    errors.add(t);
                }
            }
            for (int i = 0; i < 2; i++) {
                Throwable t = errorOf(bili.execute(wbi.request().query("mid", 3).build()));
                if (t != null) {
                    errors.add(t);
                }
            }
            bili.close();
        }
        assertThat(errors).hasSizeGreaterThanOrEqualTo(8);
        assertThat(logs.list).as("TRACE logging was captured").isNotEmpty();
        String all = everything(errors, values.toArray());
        assertThat(all).contains("<redacted>");
        for (String secret : secrets()) {
            assertThat(all).as("a secret leaked").doesNotContain(secret);
        }
    }

    @Test
    void credentialValuesNeverAppearInToStringOrParseErrors() {
        Credentials.Cookie c = Credentials.parseCookieHeader("Cookie: buvid3=b3; SESSDATA=" + Fixtures.SESSDATA
                + "; bili_jct=" + Fixtures.BILI_JCT + "; DedeUserID=4242; sid=x");
        assertThat(c.sessdata()).isEqualTo(Fixtures.SESSDATA);
        assertThat(c.biliJct()).isEqualTo(Fixtures.BILI_JCT);
        assertThat(c.dedeUserId()).isEqualTo(4242);
        assertThat(c.buvid3()).contains("b3");
        assertThat(c.toString()).doesNotContain(Fixtures.SESSDATA).doesNotContain(Fixtures.BILI_JCT).contains("4242");
        assertThat(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID).toString())
                .doesNotContain(Fixtures.ACCESS_KEY).doesNotContain(AppKey.ANDROID.appSec());
        assertThat(AppKey.of("k", "SECRET-app-sec").toString()).doesNotContain("SECRET-app-sec");
        assertThatThrownBy(() -> Credentials.parseCookieHeader("SESSDATA=" + Fixtures.SESSDATA + "; DedeUserID=x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bili_jct").hasMessageNotContaining(Fixtures.SESSDATA);
        assertThatThrownBy(() -> Credentials.parseCookieHeader("SESSDATA=" + Fixtures.SESSDATA + "; bili_jct=j; DedeUserID=" + Fixtures.BILI_JCT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DedeUserID").hasMessageNotContaining(Fixtures.BILI_JCT);
    }
}
