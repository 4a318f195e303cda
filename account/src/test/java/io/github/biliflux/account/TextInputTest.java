package io.github.biliflux.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import org.junit.jupiter.api.Test;

/** A sign with NUL or a lone surrogate fails at the call, before any request (issue 12, point 8). */
class TextInputTest {

    @Test
    void theSignMustBeValidText() {
        AccountClient account = AccountClient.of(BiliClient.builder().credentials(Credentials.cookie("s", "j", 1)).build());
        for (String bad : new String[] {"ab\u0000", "ab\ud800", "\udc00"}) {
            assertThatThrownBy(() -> account.updateSign(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sign");
        }
    }
}
