package io.github.biliflux.wallet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import org.junit.jupiter.api.Test;

/** A charge message with NUL or a lone surrogate fails at the call, before any request (issue 12, point 8). */
class TextInputTest {

    @Test
    void theChargeMessageMustBeValidText() {
        WalletClient wallet = WalletClient.of(BiliClient.builder().credentials(Credentials.cookie("s", "j", 1)).build());
        for (String bad : new String[] {"ab\u0000", "ab\ud800", "\udc00"}) {
            assertThatThrownBy(() -> wallet.leaveChargeMessage("123", bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
        }
    }
}
