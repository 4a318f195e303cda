package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.internal.Signing;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signing vectors of PROTOCOL.md. */
class SigningTest {

    @Test
    void appSignFirstVector() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("test", "123");
        p.put("appkey", "1d8b6e7d45233436");
        assertThat(Signing.formQuery(p)).isEqualTo("appkey=1d8b6e7d45233436&test=123");
        assertThat(Signing.appSign(p, AppKey.ANDROID.appSec())).isEqualTo("8a3fdd74911862810f5c78f65afcce5d");
    }

    @Test
    void appSignSecondVector() {
        Map<String, String> p = Map.of("aid", "26273789", "appkey", "1d8b6e7d45233436", "cid", "49075258", "ts", "0");
        assertThat(Signing.appSign(p, "560c52ccd288fed045859ed18bffd973")).isEqualTo("06c0a4f2ede21984313552bd9439db18");
    }

    @Test
    void appQueryEncodesLikeAForm() {
        assertThat(Signing.formQuery(Map.of("name", "a b/中", "x", "*~"))).isEqualTo("name=a+b%2F%E4%B8%AD&x=*%7E");
    }

    @Test
    void wbiMixinKeyVector() {
        assertThat(Signing.mixinKey("7cd084941338484aae1ad9425b84077c", "4932caff0ff746eab6f01bf08b70ac45"))
                .isEqualTo("ea1db124af3c7062474693fa704f4ff8");
    }

    @Test
    void wbiSignVector() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("foo", "114");
        p.put("bar", "514");
        p.put("zab", "1919810");
        p.put("wts", "1702204169");
        String q = Signing.wbiQuery(p);
        assertThat(q).isEqualTo("bar=514&foo=114&wts=1702204169&zab=1919810");
        assertThat(Signing.wRid(q, "ea1db124af3c7062474693fa704f4ff8")).isEqualTo("8f6f2b5b3d485fe1886cec6a0be8c5d4");
    }

    @Test
    void wbiEncodesSpacesAsPercent20AndDropsReservedCharacters() {
        assertThat(Signing.wbiQuery(Map.of("keyword", "a b!'()*c", "wts", "1"))).isEqualTo("keyword=a%20bc&wts=1");
    }

    @Test
    void wbiKeyIsTheFileNameWithoutExtension() {
        assertThat(io.github.biliflux.core.internal.WbiKeys.keyOf("https://i0.hdslb.com/bfs/wbi/7cd084941338484aae1ad9425b84077c.png"))
                .isEqualTo("7cd084941338484aae1ad9425b84077c");
    }
}
