package io.github.biliflux.account;

/**
 * A7 the real-name application ({@code /x/member/realname/apply/status}), masked as the service sends it.
 *
 * @param status       the state; {@link RealNameState#UNKNOWN} for a code the spec does not list
 * @param statusCode   {@code status} as sent (1 verified, 3 not)
 * @param remark       the reason of a rejection, usually empty
 * @param realname     the name, fully masked ({@code ***})
 * @param card         the document number, partly masked
 * @param cardType     the kind of document; {@link CardType#UNKNOWN} for a code the spec does not list
 * @param cardTypeCode {@code card_type} as sent
 */
public record RealNameDetail(RealNameState status, int statusCode, String remark, String realname, String card,
                             CardType cardType, int cardTypeCode) {

    /**
     * Whether the user is real-name verified.
     * @return whether the user is real-name verified
     */
    public boolean verified() {
        return status == RealNameState.VERIFIED;
    }
}
