package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.testkit.internal.Records.CoinLogEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A1-A9: the logged-in user's account, exp, VIP, security, real name, coin log and sign. */
final class AccountHandlers {

    /** A9: the longest sign, in characters (code points). */
    static final int MAX_SIGN = 70;
    private static final long WEEK = 7L * 24 * 3600;

    private AccountHandlers() {
    }

    /** A1. */
    static Reply account(Call c) {
        Account a = c.world().account(c.mid());
        return Reply.ok(Json.obj().put("mid", a.mid).put("uname", a.uname).put("userid", a.userid)
                .put("sign", a.sign).put("birthday", a.birthday).put("sex", a.sex)
                .put("nick_free", a.nickFree).put("rank", a.rank));
    }

    /** A2 daily exp tasks. */
    static Reply expReward(Call c) {
        Account a = c.world().account(c.mid());
        return Reply.ok(Json.obj().put("login", true).put("watch", true).put("coins", Math.min(50, a.coinExpToday))
                .put("share", false).put("email", true).put("tel", true).put("safe_question", false)
                .put("identify_card", a.realnameVerified));
    }

    /** A3: today's exp from coins (exp.php {@code number}, or {@code data} on the live route). */
    static Reply coinExp(Call c) {
        return Reply.ok(IntNode.valueOf(Math.min(50, c.world().account(c.mid()).coinExpToday)));
    }

    /** A4 VIP status. */
    static Reply vipInfo(Call c) {
        Account a = c.world().account(c.mid());
        return Reply.ok(Json.obj().put("mid", a.mid).put("vip_type", a.vipType).put("vip_status", a.vipStatus)
                .put("vip_due_date", a.vipDueDate).put("vip_pay_type", a.vipPayType).put("theme_type", 0));
    }

    /** A5 account security (passport). */
    static Reply security(Call c) {
        Account a = c.world().account(c.mid());
        ObjectNode data = Json.obj();
        data.putObject("account_info").put("hide_tel", "153*****056").put("hide_mail", "144****@qq.com")
                .put("bind_tel", true).put("bind_mail", true).put("tel_verify", true).put("mail_verify", true)
                .put("unneeded_check", false).put("realname_certified", a.realnameVerified);
        data.putObject("account_safe").put("Score", 90).put("score_new", 100).put("pwd_level", 3)
                .put("security", true);
        data.putObject("account_sns").put("weibo_bind", 0).put("qq_bind", 1).put("wechat_bind", 1);
        data.putObject("account_other").put("skipVerify", false);
        return Reply.ok(data);
    }

    /** A6: 1 verified, 0 not. */
    static Reply realnameStatus(Call c) {
        return Reply.ok(Json.obj().put("status", c.world().account(c.mid()).realnameVerified ? 1 : 0));
    }

    /** A7: 1 verified, 3 not; masked name and card. */
    static Reply realnameApply(Call c) {
        boolean v = c.world().account(c.mid()).realnameVerified;
        return Reply.ok(Json.obj().put("status", v ? 1 : 3).put("remark", "").put("realname", v ? "***" : "")
                .put("card", v ? "6****************7" : "").put("card_type", 0));
    }

    /** A8 the coin log of the last seven days, newest first. */
    static Reply coinLog(Call c) {
        long now = c.world().now();
        List<CoinLogEntry> week = c.world().account(c.mid()).coinLog.stream()
                .filter(e -> e.epochSecond() > now - WEEK && e.epochSecond() <= now)
                .sorted(Comparator.comparingLong(CoinLogEntry::epochSecond).reversed()).toList();
        ArrayNode list = Json.arr();
        for (CoinLogEntry e : week) {
            ObjectNode o = list.addObject().put("time", Views.datetime(e.epochSecond()));
            o.set("delta", Views.number(e.delta()));
            o.put("reason", e.reason());
        }
        ObjectNode data = Json.obj();
        data.set("list", list);
        return Reply.ok(data.put("count", week.size()));
    }

    /**
     * A9 sets (or, empty, clears) the sign: 40022 over 70 characters, 40021 an emote image marker
     * ("[" + a known emote name + "]", e.g. "[doge]"), 40015 a word of the world's sensitive list.
     */
    static Reply updateSign(Call c) {
        String sign = c.req().param("user_sign");
        sign = sign == null ? "" : sign;
        if (Views.length(sign) > MAX_SIGN) {
            throw new ApiError(40022, "签名过长");
        }
        for (String emote : c.world().emoteNames) {
            if (sign.contains("[" + emote + "]")) {
                throw new ApiError(40021, "签名不能包含表情图片");
            }
        }
        String lower = sign.toLowerCase(Locale.ROOT);
        for (String word : c.world().sensitiveWords) {
            if (lower.contains(word.toLowerCase(Locale.ROOT))) {
                throw new ApiError(40015, "签名包含敏感词");
            }
        }
        Account a = c.world().account(c.mid());
        boolean changed = !sign.equals(a.sign);
        a.sign = sign;
        return Reply.ok(null, changed);
    }
}
