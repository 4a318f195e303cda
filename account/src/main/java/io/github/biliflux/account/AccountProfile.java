package io.github.biliflux.account;

import java.time.LocalDate;

/**
 * A1 the logged-in user's profile ({@code /x/member/web/account}).
 *
 * @param mid       the user's mid
 * @param uname     the nickname
 * @param userid    the user name ({@code bili_...})
 * @param sign      the sign (may be empty)
 * @param birthday  the birthday, or null when the service sends none or an unreadable one
 * @param sex       the sex; {@link Sex#UNKNOWN} for a value the spec does not list
 * @param sexText   the sex as sent (男, 女, 保密 ...), or "" when absent
 * @param nickFree  whether the nickname was never set
 * @param rank      the member rank as text (正式会员 ...)
 */
public record AccountProfile(long mid, String uname, String userid, String sign, LocalDate birthday, Sex sex,
                             String sexText, boolean nickFree, String rank) {
}
