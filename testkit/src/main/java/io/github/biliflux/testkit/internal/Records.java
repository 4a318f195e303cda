package io.github.biliflux.testkit.internal;

import java.math.BigDecimal;

/** Value types of an account's holdings (A8, M1, M2, C1, W1). */
public final class Records {

    private Records() {
    }

    /** One line of the coin log (A8): when, how much (may be fractional), why. */
    public record CoinLogEntry(long epochSecond, BigDecimal delta, String reason) {
    }

    /** A manga reading coupon (M1). */
    public record Coupon(long id, int remainAmount, long expireEpochSecond, String reason, String type,
                         long ctimeEpochSecond, int totalAmount, int typeNum) {
    }

    /** A bought comic (M2); {@code lastOrd} may be fractional (216.5). */
    public record Comic(long id, long comicId, String title, int boughtEpCount, BigDecimal lastOrd,
                        long ctimeEpochSecond, String lastShortTitle, int buyType, boolean autoPayOrders) {
    }

    /** A paid course (C1). */
    public record Course(long id, String title, String subTitle, long upId, int price, int epCount,
                         int status, long lastEpId, String lastEpIndex, int lastTime, String updateInfo) {
    }

    /** A successful charge (W1): its order number may carry one message. */
    public record Order(String orderNo, long payer, long upMid, BigDecimal amount) {
    }
}
