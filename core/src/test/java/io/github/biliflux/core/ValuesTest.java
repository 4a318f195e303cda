package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Validation of the configuration values and builders, before anything is sent. */
class ValuesTest {

    @Test
    void productionIsHttpsOnlyAndSingleBasePointsEveryHostAtOneServer() {
        assertThat(Endpoints.production().httpsOnly()).isTrue();
        assertThat(Endpoints.production().base(Host.MANGA)).isEqualTo(URI.create("https://manga.bilibili.com"));
        Endpoints one = Endpoints.singleBase(URI.create("http://127.0.0.1:8080/"));
        for (Host h : Host.values()) {
            assertThat(one.base(h)).isEqualTo(URI.create("http://127.0.0.1:8080"));
        }
        assertThat(one.httpsOnly()).isFalse();
        assertThatThrownBy(() -> Endpoints.singleBase(URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base");
        // Reactor Netty would read "127.0.0.1:1" as a host name to resolve
        assertThatThrownBy(() -> Endpoints.singleBase(URI.create("http://127.0.0.1:1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base's port must be in 10..65535").hasMessageContaining("was 1");
        assertThat(Endpoints.singleBase(URI.create("http://127.0.0.1:10")).base(Host.API)).isEqualTo(URI.create("http://127.0.0.1:10"));
        assertThatThrownBy(() -> Endpoints.singleBase(URI.create("http://x/api"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no path");
    }

    @Test
    void credentialsRejectBadValues() {
        assertThatThrownBy(() -> Credentials.cookie("", "j", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessdata");
        assertThatThrownBy(() -> Credentials.cookie("s", " ", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biliJct");
        assertThatThrownBy(() -> Credentials.cookie("s", "j", -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedeUserId");
        assertThatThrownBy(() -> Credentials.cookie("s;x", "j", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Credentials.app("", AppKey.ANDROID)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessKey");
        assertThatThrownBy(() -> Credentials.app("k", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("appKey");
        assertThatThrownBy(() -> Credentials.parseCookieHeader("bili_jct=1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SESSDATA");
        assertThat(Credentials.parseCookieHeader("SESSDATA=a%2Cb; bili_jct=c").dedeUserId()).isZero();
    }

    @Test
    void appKeysArePairedWithTheirSecrets() {
        assertThat(AppKey.ANDROID.appKey()).isEqualTo("1d8b6e7d45233436");
        assertThat(AppKey.MANGA_ANDROID.appKey()).isEqualTo("cc8617fd6961e070");
        assertThat(AppKey.MANGA_ANDROID.appSec()).isEqualTo("3131924b941aac971e45189f265262be");
        assertThat(AppKey.of("a", "b")).isEqualTo(AppKey.of("a", "b"));
        assertThatThrownBy(() -> AppKey.of("a", "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appSec");
    }

    @Test
    void builderAndPoliciesNameTheBadParameterAndItsRange() {
        var b = BiliClient.builder();
        assertThatThrownBy(() -> b.maxConnections(0)).hasMessageContaining("maxConnections").hasMessageContaining("1..1000");
        assertThatThrownBy(() -> b.responseTimeout(Duration.ZERO)).hasMessageContaining("responseTimeout");
        assertThatThrownBy(() -> b.userAgent("a\nb")).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> b.wbiKeyTtl(Duration.ofDays(8))).hasMessageContaining("wbiKeyTtl");
        assertThatThrownBy(() -> RateLimit.perSecond(0)).hasMessageContaining("permits").hasMessageContaining("1..10000");
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0)).hasMessageContaining("maxAttempts").hasMessageContaining("1..20");
        assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(2)).hasMessageContaining("jitter");
        assertThat(RetryPolicy.defaults().backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.defaults().backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryPolicy.defaults().backoff(20)).isEqualTo(Duration.ofSeconds(15));
        assertThat(RateLimit.defaults().permits()).isEqualTo(4);
    }

    @Test
    void checksNameTheParameterAndTheRange() {
        assertThatThrownBy(() -> Check.range("ps", 0, 1, 50)).isInstanceOf(IllegalArgumentException.class).hasMessage("ps must be in 1..50, was 0");
        assertThatThrownBy(() -> Check.length("tag", "一二三四五六七八九十一二三四五六七", 1, 16)).hasMessage("tag must be 1..16 characters long, was 17");
        assertThat(Check.length("tag", "😀".repeat(16), 1, 16)).hasSize(32);
        assertThatThrownBy(() -> Check.size("fids", java.util.List.of(), 1, 50)).hasMessageContaining("fids must hold 1..50");
        assertThatThrownBy(() -> Check.id("fid", 0)).hasMessageContaining("fid must be a positive id");
        assertThatThrownBy(() -> Check.notNull("name", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    }

    @Test
    void routesDescribeThemselvesWithoutQueries() {
        Route r = Route.get("R1", Host.API, "/x/relation/followers", Auth.COOKIE_OR_APP);
        assertThat(r.describe()).isEqualTo("R1 GET /x/relation/followers");
        ApiRequest req = r.request().query("vmid", 1).build();
        assertThat(req.toString()).contains("R1").doesNotContain("vmid=1");
        assertThatThrownBy(() -> r.request().form("a", 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Route.get("X", Host.API, "x", Auth.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
