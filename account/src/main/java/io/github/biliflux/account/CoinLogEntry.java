package io.github.biliflux.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A8 one change of the coin balance.
 *
 * @param time      when, as an instant: the service's {@code time} read as Asia/Shanghai local time
 * @param localTime {@code time} as sent ({@code YYYY-MM-DD HH:MM:SS}, Asia/Shanghai)
 * @param delta     the change, exact ({@code 0.1} stays 0.1): positive income, negative spending
 * @param reason    why (登录奖励, 给视频 ... 打赏 ...)
 */
public record CoinLogEntry(Instant time, LocalDateTime localTime, BigDecimal delta, String reason) {
}
