package io.github.biliflux.account;

/**
 * A5 account security ({@code passport.bilibili.com/web/site/user/info}): bindings, password safety,
 * linked social logins. A missing section decodes as null.
 *
 * @param accountInfo  {@code account_info}: phone and mail bindings
 * @param accountSafe  {@code account_safe}: security score and password strength
 * @param accountSns   {@code account_sns}: Weibo, QQ and WeChat bindings
 * @param accountOther {@code account_other}
 */
public record SecurityInfo(AccountInfo accountInfo, AccountSafe accountSafe, AccountSns accountSns,
                           AccountOther accountOther) {

    /**
     * A5 {@code account_info}.
     *
     * @param hideTel           the bound phone number, partly masked with asterisks
     * @param hideMail          the bound e-mail address, partly masked
     * @param bindTel           a phone number is bound
     * @param bindMail          an e-mail address is bound
     * @param telVerify         the phone number is verified
     * @param mailVerify        the e-mail address is verified
     * @param unneededCheck     no password is set
     * @param realnameCertified {@code realname_certified} as sent: true when real-name verified. The
     *                          spec's table says the opposite (false = verified); its own example, A6
     *                          and A7 agree that true means verified.
     */
    public record AccountInfo(String hideTel, String hideMail, boolean bindTel, boolean bindMail, boolean telVerify,
                              boolean mailVerify, boolean unneededCheck, boolean realnameCertified) {
    }

    /**
     * A5 {@code account_safe}.
     *
     * @param score        {@code Score} (capitalised on the wire): the old security score, 0-100
     * @param scoreNew     {@code score_new}: the security score, 0-100
     * @param pwdLevel     the password strength; {@link PasswordLevel#UNKNOWN} for a code the spec does not list
     * @param pwdLevelCode {@code pwd_level} as sent
     * @param security     whether the current password is safe
     */
    public record AccountSafe(int score, int scoreNew, PasswordLevel pwdLevel, int pwdLevelCode, boolean security) {
    }

    /**
     * A5 {@code account_sns}: linked social logins (sent as 0/1).
     *
     * @param weiboBind  Weibo is bound
     * @param qqBind     QQ is bound
     * @param wechatBind WeChat is bound
     */
    public record AccountSns(boolean weiboBind, boolean qqBind, boolean wechatBind) {
    }

    /**
     * A5 {@code account_other}.
     *
     * @param skipVerify {@code skipVerify} (meaning unknown, false in the spec)
     */
    public record AccountOther(boolean skipVerify) {
    }
}
