package io.github.biliflux.account;

/**
 * A2 today's exp tasks ({@code /x/member/web/exp/reward}).
 *
 * @param login        logged in today (5 exp)
 * @param watch        watched a video today (5 exp)
 * @param coins        exp from coins given today, at most 50; updated with a delay (see A3)
 * @param share        shared a video today (5 exp)
 * @param email        an e-mail address is bound
 * @param tel          a phone number is bound (100 exp the first time)
 * @param safeQuestion a security question is set
 * @param identifyCard real-name verified (50 exp the first time)
 */
public record ExpReward(boolean login, boolean watch, int coins, boolean share, boolean email, boolean tel,
                        boolean safeQuestion, boolean identifyCard) {
}
