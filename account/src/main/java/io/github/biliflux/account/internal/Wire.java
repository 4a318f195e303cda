package io.github.biliflux.account.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.biliflux.account.AccountProfile;
import io.github.biliflux.account.CardType;
import io.github.biliflux.account.CoinLogEntry;
import io.github.biliflux.account.ExpReward;
import io.github.biliflux.account.PasswordLevel;
import io.github.biliflux.account.RealNameDetail;
import io.github.biliflux.account.RealNameState;
import io.github.biliflux.account.RealNameStatus;
import io.github.biliflux.account.SecurityInfo;
import io.github.biliflux.account.Sex;
import io.github.biliflux.account.VipInfo;
import io.github.biliflux.account.VipStatus;
import io.github.biliflux.account.VipType;
import io.github.biliflux.core.DecodingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The account answers as sent (spec 002), field for field, and their conversion to the public records:
 * enums from codes with an UNKNOWN fallback, epoch milliseconds and Shanghai local times to instants.
 */
public final class Wire {

    /** The zone of the service's local date-times (A8 {@code time}). */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Wire() {
    }

    /** A1 data. */
    public record Account(@JsonProperty("mid") long mid, @JsonProperty("uname") String uname,
                          @JsonProperty("userid") String userid, @JsonProperty("sign") String sign,
                          @JsonProperty("birthday") String birthday, @JsonProperty("sex") String sex,
                          @JsonProperty("nick_free") boolean nickFree, @JsonProperty("rank") String rank) {

        /** The public record. */
        public AccountProfile toProfile() {
            return new AccountProfile(mid, uname, userid, sign, date(birthday), Sex.of(sex), sex,
                    nickFree, rank);
        }
    }

    /** A2 data. */
    public record Reward(@JsonProperty("login") boolean login, @JsonProperty("watch") boolean watch,
                         @JsonProperty("coins") int coins, @JsonProperty("share") boolean share,
                         @JsonProperty("email") boolean email, @JsonProperty("tel") boolean tel,
                         @JsonProperty("safe_question") boolean safeQuestion,
                         @JsonProperty("identify_card") boolean identifyCard) {

        /** The public record. */
        public ExpReward toReward() {
            return new ExpReward(login, watch, coins, share, email, tel, safeQuestion, identifyCard);
        }
    }

    /** A4 data. */
    public record Vip(@JsonProperty("mid") long mid, @JsonProperty("vip_type") int vipType,
                      @JsonProperty("vip_status") int vipStatus, @JsonProperty("vip_due_date") long vipDueDate,
                      @JsonProperty("vip_pay_type") int vipPayType, @JsonProperty("theme_type") int themeType) {

        /** The public record; the due date is in epoch milliseconds. */
        public VipInfo toVip() {
            return new VipInfo(mid, VipType.of(vipType), vipType, VipStatus.of(vipStatus), vipStatus,
                    vipDueDate > 0 ? Instant.ofEpochMilli(vipDueDate) : null, vipPayType, themeType);
        }
    }

    /** A5 data. */
    public record Security(@JsonProperty("account_info") Info accountInfo,
                           @JsonProperty("account_safe") Safe accountSafe,
                           @JsonProperty("account_sns") Sns accountSns,
                           @JsonProperty("account_other") Other accountOther) {

        /** The public record. */
        public SecurityInfo toSecurity() {
            return new SecurityInfo(
                    accountInfo == null ? null : new SecurityInfo.AccountInfo(accountInfo.hideTel,
                            accountInfo.hideMail, accountInfo.bindTel, accountInfo.bindMail,
                            accountInfo.telVerify, accountInfo.mailVerify, accountInfo.unneededCheck,
                            accountInfo.realnameCertified),
                    accountSafe == null ? null : new SecurityInfo.AccountSafe(accountSafe.score, accountSafe.scoreNew,
                            PasswordLevel.of(accountSafe.pwdLevel), accountSafe.pwdLevel, accountSafe.security),
                    accountSns == null ? null : new SecurityInfo.AccountSns(accountSns.weiboBind != 0,
                            accountSns.qqBind != 0, accountSns.wechatBind != 0),
                    accountOther == null ? null : new SecurityInfo.AccountOther(accountOther.skipVerify));
        }
    }

    /** A5 account_info. */
    public record Info(@JsonProperty("hide_tel") String hideTel, @JsonProperty("hide_mail") String hideMail,
                       @JsonProperty("bind_tel") boolean bindTel, @JsonProperty("bind_mail") boolean bindMail,
                       @JsonProperty("tel_verify") boolean telVerify, @JsonProperty("mail_verify") boolean mailVerify,
                       @JsonProperty("unneeded_check") boolean unneededCheck,
                       @JsonProperty("realname_certified") boolean realnameCertified) {
    }

    /** A5 account_safe: {@code Score} is capitalised on the wire. */
    public record Safe(@JsonProperty("Score") int score, @JsonProperty("score_new") int scoreNew,
                       @JsonProperty("pwd_level") int pwdLevel, @JsonProperty("security") boolean security) {
    }

    /** A5 account_sns: 0/1 numbers. */
    public record Sns(@JsonProperty("weibo_bind") int weiboBind, @JsonProperty("qq_bind") int qqBind,
                      @JsonProperty("wechat_bind") int wechatBind) {
    }

    /** A5 account_other. */
    public record Other(@JsonProperty("skipVerify") boolean skipVerify) {
    }

    /** A6 data. */
    public record RealnameStatus(@JsonProperty("status") int status) {

        /** The public record. */
        public RealNameStatus toStatus() {
            return new RealNameStatus(RealNameState.ofStatus(status), status);
        }
    }

    /** A7 data. */
    public record RealnameApply(@JsonProperty("status") int status, @JsonProperty("remark") String remark,
                                @JsonProperty("realname") String realname, @JsonProperty("card") String card,
                                @JsonProperty("card_type") int cardType) {

        /** The public record. */
        public RealNameDetail toDetail() {
            return new RealNameDetail(RealNameState.ofApplyStatus(status), status, remark, realname,
                    card, CardType.of(cardType), cardType);
        }
    }

    /** A8 data: {@code count} is the number of lines. */
    public record CoinLog(@JsonProperty("list") List<CoinLine> list, @JsonProperty("count") int count) {

        /** The lines, copied (core's mapper reads a null list as empty and drops null lines). */
        public CoinLog {
            list = List.copyOf(list);
        }
    }

    /**
     * A8 line. {@code delta} is read from the JSON number's text (the mapper reads floats as BigDecimal),
     * so 0.1 stays exactly 0.1.
     */
    public record CoinLine(@JsonProperty("time") String time, @JsonProperty("delta") BigDecimal delta,
                           @JsonProperty("reason") String reason) {

        /** The public record; an unreadable time fails the stream with a {@link DecodingException}. */
        public CoinLogEntry toEntry(String route) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(time.strip(), DATETIME);
            } catch (DateTimeParseException e) {
                throw new DecodingException(route, "coin log time is not YYYY-MM-DD HH:MM:SS: " + time, e);
            }
            if (delta == null) {
                throw new DecodingException(route, "coin log line without delta", null);
            }
            return new CoinLogEntry(local.atZone(SHANGHAI).toInstant(), local, delta, reason);
        }
    }

    /** YYYY-MM-DD, or null when absent or unreadable (0000-00-00 and the like). */
    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
