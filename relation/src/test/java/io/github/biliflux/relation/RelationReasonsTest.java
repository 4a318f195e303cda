package io.github.biliflux.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.internal.Errors;
import io.github.biliflux.relation.RelationException.Reason;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The routes table maps each relation code to one RelationException whose reason names it. */
class RelationReasonsTest {

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(RelationRoutes.MODIFY, Reason.SELF, SelfRelationException.class),
                Arguments.of(RelationRoutes.MODIFY, Reason.FOLLOW_PRIVACY, FollowPrivacyException.class),
                Arguments.of(RelationRoutes.BATCH_MODIFY, Reason.BLOCKED, UserBlockedException.class),
                Arguments.of(RelationRoutes.MODIFY, Reason.FOLLOW_LIMIT, FollowLimitException.class),
                Arguments.of(RelationRoutes.MODIFY, Reason.ACCOUNT_DELETED, AccountDeletedException.class),
                Arguments.of(RelationRoutes.MODIFY, Reason.ALREADY_FOLLOWING, AlreadyFollowingException.class),
                Arguments.of(RelationRoutes.BATCH_MODIFY, Reason.ALREADY_BLOCKED, AlreadyBlockedException.class),
                Arguments.of(RelationRoutes.CREATE_TAG, Reason.TAG_NAME_TOO_LONG, TagNameTooLongException.class),
                Arguments.of(RelationRoutes.TAG_MEMBERS, Reason.TAG_NOT_FOUND, TagNotFoundException.class),
                Arguments.of(RelationRoutes.ADD_TO_TAGS, Reason.NOT_FOLLOWING, NotFollowingException.class),
                Arguments.of(RelationRoutes.RENAME_TAG, Reason.TAG_EXISTS, TagExistsException.class));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("codes")
    void eachCodeIsOneReason(Route route, Reason reason, Class<?> legacyType) {
        BiliApiException e = Errors.map(route, new ApiError(reason.code(), "msg", route.describe(), 200, null));
        assertThat(e).isInstanceOf(RelationException.class).isInstanceOf(legacyType)
                .hasMessageContaining(reason.meaning()).hasMessageContaining(route.describe());
        assertThat(((RelationException) e).reason()).isEqualTo(reason);
        assertThat(e.code()).isEqualTo(reason.code());
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("codes")
    void aCodeOfAnotherRouteIsNotARelationReason(Route route, Reason reason, Class<?> legacyType) {
        // R9 declares no codes of its own: the common mapping applies.
        BiliApiException e = Errors.map(RelationRoutes.RELATION, new ApiError(reason.code(), "msg", "R9", 200, null));
        assertThat(e).isNotInstanceOf(RelationException.class);
    }

    @org.junit.jupiter.api.Test
    void everyReasonHasItsOwnCodeAndANonRelationCodeIsRefused() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::code).distinct()).hasSize(Reason.values().length);
        assertThat(new RelationException(new ApiError(22104, "", "R13", 200, null)).reason()).isEqualTo(Reason.TAG_NOT_FOUND);
        assertThatThrownBy(() -> new RelationException(new ApiError(-101, "", "R13", 200, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    }
}
