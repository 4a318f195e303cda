package io.github.biliflux.relation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import org.junit.jupiter.api.Test;

/** Tag names and the search name with NUL or a lone surrogate fail at the call, before any request (issue 12, point 8). */
class TextInputTest {

    final RelationClient relation = RelationClient.of(BiliClient.builder().credentials(Credentials.cookie("s", "j", 1)).build());

    @Test
    void tagNamesAndSearchNamesMustBeValidText() {
        for (String bad : new String[] {"ab\u0000", "ab\ud800", "\udc00"}) {
            assertThatThrownBy(() -> relation.createTag(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> relation.renameTag(5, bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> relation.searchFollowings(1, bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        }
    }
}
