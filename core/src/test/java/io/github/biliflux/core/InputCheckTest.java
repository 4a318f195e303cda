package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, point 8: cookie values are RFC 6265 cookie-octets, header values visible ASCII plus
 * space and tab, text parameters free of NUL and lone surrogates; each refused with an
 * IllegalArgumentException naming the parameter and never repeating the value.
 */
class InputCheckTest {

    static final String SECRET = "SeCrEt";

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u007f", "\u0085", " ", ",", ";", "\"", "\\", "\u00e9", "\r\n", "\t"})
    void cookieValuesAreCookieOctetsOnly(String bad) {
        String v = SECRET + bad + SECRET;
        assertThatThrownBy(() -> Credentials.cookie(v, "jct"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessdata").hasMessageContaining("index 6")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.cookie("sess", v, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biliJct").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.cookie("sess", "jct").withBuvid3(v))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("buvid3").hasMessageNotContaining(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u007f", "\u0085", "\u00e9", "\\", ","})
    void aParsedCookieHeaderIsCheckedToo(String bad) {
        String sess = SECRET + bad + SECRET;
        assertThatThrownBy(() -> Credentials.parseCookieHeader("SESSDATA=" + sess + "; bili_jct=abc; DedeUserID=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SESSDATA").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.parseCookieHeader("SESSDATA=abc; bili_jct=" + sess))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bili_jct").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.parseCookieHeader("SESSDATA=abc; bili_jct=def; buvid3=" + sess))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("buvid3").hasMessageNotContaining(SECRET);
    }

    @Test
    void realCookieValuesPass() {
        Credentials.Cookie c = Credentials.parseCookieHeader(
                "SESSDATA=a1b2c3d4%2C1735689600%2Cabcde*11; bili_jct=0123456789abcdef0123456789abcdef; DedeUserID=42; buvid3=ABCD-EF01-2345-6789-ABCDEF012345infoc");
        assertThat(c.dedeUserId()).isEqualTo(42);
        assertThat(c.buvid3()).hasValue("ABCD-EF01-2345-6789-ABCDEF012345infoc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u007f", "\u0085", "\u00e9", "\r", "\n", "\u2028"})
    void headerValuesAreVisibleAsciiSpaceAndTab(String bad) {
        String v = "Mozilla/5.0 " + SECRET + bad;
        assertThatThrownBy(() -> BiliClient.builder().userAgent(v))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> BiliClient.builder().referer(v))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referer").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.app(SECRET + bad, AppKey.ANDROID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessKey").hasMessageNotContaining(SECRET);
        BiliClient.builder().userAgent("Mozilla/5.0 (X11;\tLinux)").referer("https://www.bilibili.com/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\ud800", "\udc00", "a\ud83d", "\ude00b"})
    void textHasNoNulNorLoneSurrogate(String bad) {
        assertThatThrownBy(() -> Check.text("tagName", SECRET + bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tagName").hasMessageNotContaining(SECRET);
    }

    @Test
    void pairedSurrogatesAndOrdinaryTextPass() {
        assertThat(Check.text("sign", "你好 😀 ok")).isEqualTo("你好 😀 ok");
        assertThat(Check.text("sign", "")).isEmpty();
    }
}
