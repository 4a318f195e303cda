package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.Route;
import java.util.function.Function;

/**
 * A relation route (R1-R21) refused a request with one of its own codes (22001 self, 22003 blocked,
 * 22103-22106 tags ...): branch on {@link #reason()}. The codes a caller recovers from also have a
 * type of their own ({@link TagExistsException}, {@link TagNotFoundException},
 * {@link AlreadyFollowingException}, {@link AlreadyBlockedException}); {@link #code()} is always the
 * code the service sent. Common codes (-101, -111, 22007, 22115 ...) stay core's exceptions. Every
 * reason is permanent: re-sending the same request gets the same answer.
 */
public class RelationException extends BiliApiException {

    /** Why a relation route refused, one constant per code, declared with the routes that send it. */
    @SuppressWarnings("deprecation") // the deprecated subtypes are still thrown, so that callers catching them keep working
    public enum Reason {
        /** 22001 (R7, R8): the action targets the logged-in user themself. */
        SELF(22001, "cannot do this to oneself", SelfRelationException::new),
        /** 22002 (R7, R8; live service, not in the spec document): the target's privacy settings refuse new followers. */
        FOLLOW_PRIVACY(22002, "the user's privacy settings do not allow following them", FollowPrivacyException::new),
        /** 22003 (R7, R8): one of the two users has the other on their blacklist. */
        BLOCKED(22003, "blocked: one of the two users blacklisted the other", UserBlockedException::new),
        /** 22009 (R7, R8; live service): the logged-in user follows as many users as allowed. */
        FOLLOW_LIMIT(22009, "the following limit is reached", FollowLimitException::new),
        /** 22013 (R7, R8; live service): the target account was deleted. */
        ACCOUNT_DELETED(22013, "the account was deleted", AccountDeletedException::new),
        /** 22014 (R7, R8; live service): the user is already followed. */
        ALREADY_FOLLOWING(22014, "already following this user", AlreadyFollowingException::new),
        /** 22103 (R16, R17): the tag name is longer than 16 characters. */
        TAG_NAME_TOO_LONG(22103, "the tag name is too long", TagNameTooLongException::new),
        /** 22104 (R13, R17, R18, R19-R21): the tag does not exist or is not the logged-in user's. */
        TAG_NOT_FOUND(22104, "no such tag, or no permission on it", TagNotFoundException::new),
        /** 22105 (R19-R21): a user to group is not followed by the logged-in user. */
        NOT_FOLLOWING(22105, "the user is not followed", NotFollowingException::new),
        /** 22106 (R16, R17): the logged-in user already has a tag with this name. */
        TAG_EXISTS(22106, "a tag with this name exists", TagExistsException::new),
        /** 22120 (R7, R8; live service): the user is already blacklisted. */
        ALREADY_BLOCKED(22120, "the user is already on the blacklist", AlreadyBlockedException::new);

        private final int code;
        private final String meaning;
        private final Function<ApiError, RelationException> type;

        Reason(int code, String meaning, Function<ApiError, RelationException> type) {
            this.code = code;
            this.meaning = meaning;
            this.type = type;
        }

        /**
         * The code the service sends for this reason.
         *
         * @return the envelope code, e.g. 22104
         */
        public int code() {
            return code;
        }

        /**
         * What the code means, as the exception's message says it.
         *
         * @return a short English phrase
         */
        public String meaning() {
            return meaning;
        }

        /** {@code route}, mapping each of {@code reasons}' codes to its exception. */
        static Route on(Route route, Reason... reasons) {
            Route r = route;
            for (Reason reason : reasons) {
                r = r.error(reason.code, reason.type);
            }
            return r;
        }

        static Reason of(int code) {
            for (Reason r : values()) {
                if (r.code == code) {
                    return r;
                }
            }
            throw new IllegalArgumentException("code must be one of the relation codes, was " + code);
        }
    }

    /** Why the service refused. */
    private final Reason reason;

    /**
     * An exception for {@code error}, whose code is one of {@link Reason}'s.
     *
     * @param error the error the service sent
     */
    public RelationException(ApiError error) {
        this(error, Reason.of(error.code()));
    }

    /**
     * An exception for {@code error}, described as {@code meaning}.
     *
     * @param error   the error the service sent; its code must be one of {@link Reason}'s
     * @param meaning what the code means
     */
    protected RelationException(ApiError error, String meaning) {
        super(error, meaning);
        this.reason = Reason.of(error.code());
    }

    /**
     * An exception for {@code error}, refused for {@code reason}.
     *
     * @param error  the error the service sent
     * @param reason why
     */
    protected RelationException(ApiError error, Reason reason) {
        super(error, reason.meaning);
        this.reason = reason;
    }

    /**
     * Why the route refused.
     *
     * @return the reason of {@link #code()}
     */
    public Reason reason() {
        return reason;
    }
}
