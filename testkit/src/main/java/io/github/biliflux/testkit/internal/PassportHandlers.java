package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.testkit.internal.PassportState.Kind;
import io.github.biliflux.testkit.internal.PassportState.Qr;
import io.github.biliflux.testkit.internal.PassportState.QrState;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passport endpoints of PROTOCOL.md "Sessions": web and TV QR login, the five steps of the cookie
 * refresh (the correspond page decrypts the RSA-OAEP text with the world's own key pair), the device
 * ids of {@code finger/spi} and GenWebTicket (which checks {@code hexsign}).
 */
final class PassportHandlers {

    static final String TV_APPKEY = "4409e2ce8ffd12b8";
    static final String CORRESPOND_PREFIX = "/correspond/1/";
    private static final String PAGE_404 = "<!DOCTYPE html><html><head><title>出错啦! - bilibili.com</title></head>"
            + "<body><div class=\"error-container\"><h1>404</h1><p>啊叻？页面不见了～</p></div></body></html>";

    private PassportHandlers() {
    }

    private static PassportState p(Call c) {
        return c.world().passport;
    }

    /** Web QR: a new code, valid 180 s. */
    static Reply webGenerate(Call c) {
        String key = p(c).newKey(c.world().seed, "qrcode");
        p(c).qrs.put(key, new Qr(key, Kind.WEB, c.world().now()));
        return Reply.changed(Json.obj()
                .put("url", "https://account.bilibili.com/h5/account-h5/auth/scan-web?navhide=1&callback=close&qrcode_key="
                        + key + "&from=")
                .put("qrcode_key", key));
    }

    /** Web QR poll: envelope 0, state in data.code; on 0 the cookies in Set-Cookie and the refresh token. */
    static Reply webPoll(Call c) {
        WorldState w = c.world();
        Qr q = p(c).qr(c.req().param("qrcode_key"), w.now());
        ObjectNode data = Json.obj().put("url", "").put("refresh_token", "").put("timestamp", 0);
        if (q == null || q.kind != Kind.WEB || q.state == QrState.EXPIRED || q.state == QrState.USED) {
            return Reply.ok(data.put("code", 86038).put("message", "二维码已失效"));
        }
        if (q.state == QrState.WAITING) {
            return Reply.ok(data.put("code", 86101).put("message", "未扫码"));
        }
        if (q.state == QrState.SCANNED) {
            return Reply.ok(data.put("code", 86090).put("message", "二维码已扫码未确认"));
        }
        q.state = QrState.USED;
        String token = p(c).newRefreshToken(w.seed, q.mid);
        long ms = w.clock.millis();
        data.put("url", "https://passport.biligame.com/x/passport-login/web/crossDomain?DedeUserID=" + q.mid)
                .put("refresh_token", token).put("timestamp", ms).put("code", 0).put("message", "");
        return new Reply(0, "0", data, true, Reply.Raw.cookies(loginCookies(w, q.mid)));
    }

    static List<String> loginCookies(WorldState w, long mid) {
        String attrs = "; Path=/; Domain=bilibili.com; Expires=Sun, 31 May 2037 00:00:00 GMT";
        List<String> out = new ArrayList<>();
        out.add("SESSDATA=" + w.sessdata(mid) + attrs + "; HttpOnly; Secure");
        out.add("bili_jct=" + w.biliJct(mid) + attrs);
        out.add("DedeUserID=" + mid + attrs);
        out.add("DedeUserID__ckMd5=" + Signatures.md5Hex("ck:" + mid).substring(0, 16) + attrs);
        out.add("sid=" + Signatures.md5Hex("sid:" + w.sessdata(mid)).substring(0, 8) + attrs);
        return out;
    }

    private static void checkTvSign(Call c) {
        Map<String, String> params = c.req().form().isEmpty() ? c.req().query() : c.req().form();
        if (!TV_APPKEY.equals(params.get("appkey"))
                || !Signatures.verifyAppSign(params, Signatures.APP_SECRETS.get(TV_APPKEY))) {
            throw new ApiError(-3, "API校验密匙错误");
        }
        if (params.get("ts") == null || params.get("local_id") == null) {
            throw ApiError.badRequest();
        }
    }

    /** TV QR: a new auth code (APP-signed with the TV key pair). */
    static Reply tvAuthCode(Call c) {
        checkTvSign(c);
        String key = p(c).newKey(c.world().seed, "auth_code");
        p(c).qrs.put(key, new Qr(key, Kind.TV, c.world().now()));
        return Reply.changed(Json.obj().put("url", "https://passport.bilibili.com/x/passport-tv-login/h5/qrcode/auth?auth_code=" + key)
                .put("auth_code", key));
    }

    /** TV QR poll: the state is the envelope code (86039, 86090, 86038); 0 carries the app login. */
    static Reply tvPoll(Call c) {
        checkTvSign(c);
        WorldState w = c.world();
        Qr q = p(c).qr(c.req().param("auth_code"), w.now());
        if (q == null || q.kind != Kind.TV || q.state == QrState.EXPIRED || q.state == QrState.USED) {
            throw new ApiError(86038, "二维码已失效");
        }
        if (q.state == QrState.WAITING) {
            throw new ApiError(86039, "二维码尚未确认");
        }
        if (q.state == QrState.SCANNED) {
            throw new ApiError(86090, "二维码已扫码未确认");
        }
        q.state = QrState.USED;
        String token = p(c).newRefreshToken(w.seed, q.mid);
        ObjectNode data = Json.obj().put("is_new", false).put("mid", q.mid).put("access_token", w.accessKey(q.mid))
                .put("refresh_token", token).put("expires_in", 15_552_000);
        ArrayNode cookies = data.putObject("cookie_info").putArray("cookies");
        for (String sc : loginCookies(w, q.mid)) {
            String nv = sc.split(";", 2)[0];
            int eq = nv.indexOf('=');
            cookies.addObject().put("name", nv.substring(0, eq)).put("value", nv.substring(eq + 1))
                    .put("http_only", nv.startsWith("SESSDATA") ? 1 : 0).put("expires", 2_127_000_000L).put("secure", 0);
        }
        return Reply.changed(data);
    }

    /** Step 1: whether the cookies need a refresh, and the timestamp to encrypt. */
    static Reply cookieInfo(Call c) {
        String csrf = c.req().param("csrf");
        if (csrf != null && !csrf.isEmpty() && !csrf.equals(c.world().biliJct(c.mid())) && !p(c).oldCsrf(c.mid(), csrf)) {
            throw new ApiError(-111, "csrf 校验失败");
        }
        long ms = c.world().clock.millis();
        p(c).issuedTimestamp.put(c.mid(), ms);
        return Reply.ok(Json.obj().put("refresh", p(c).refreshNeeded.contains(c.mid())).put("timestamp", ms));
    }

    /** Step 3: the page with refresh_csrf when the path decrypts to the last timestamp served; else a 404 page. */
    static Reply correspond(Call c) {
        String hex = c.req().path().substring(CORRESPOND_PREFIX.length());
        Long ts = p(c).issuedTimestamp.get(c.mid());
        String text = decrypt(p(c), hex);
        if (ts == null || text == null || !text.equals("refresh_" + ts)) {
            return new Reply(-404, "啥都木有", null, false, Reply.Raw.html(404, PAGE_404));
        }
        String rc = Signatures.md5Hex("refresh_csrf:" + c.world().seed + ":" + c.mid() + ":" + ts);
        p(c).refreshCsrf.put(c.mid(), rc);
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>bilibili</title></head><body>"
                + "<div id=\"1-name\">" + rc + "</div><div id=\"1-time\">" + ts + "</div></body></html>";
        return new Reply(0, "0", null, false, Reply.Raw.html(200, page));
    }

    static String decrypt(PassportState p, String hex) {
        try {
            byte[] bytes = HexFormat.of().parseHex(hex);
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.DECRYPT_MODE, p.keyPair().getPrivate(), new OAEPParameterSpec("SHA-256", "MGF1",
                    MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
            return new String(cipher.doFinal(bytes), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Step 4: new cookies and refresh token; the old cookies stay valid until step 5. */
    static Reply refresh(Call c) {
        WorldState w = c.world();
        long mid = c.mid();
        PassportState p = p(c);
        String rc = c.req().param("refresh_csrf");
        String token = c.req().param("refresh_token");
        if (!"main_web".equals(c.req().param("source"))) {
            throw ApiError.badRequest();
        }
        if (rc == null || !rc.equals(p.refreshCsrf.get(mid)) || token == null || !token.equals(p.refreshTokens.get(mid))) {
            throw new ApiError(86095, "refresh_csrf 错误或 refresh_token 与 cookie 不匹配");
        }
        String oldSessdata = w.sessdata(mid);
        String oldJct = w.biliJct(mid);
        Account a = w.account(mid);
        a.tokenGeneration++;
        w.bySessdata.put(a.sessdata(w.seed), mid);
        w.byAccessKey.put(a.accessKey(w.seed), mid);
        p.refreshCsrf.remove(mid);
        p.refreshNeeded.remove(mid);
        p.unconfirmed.put(mid, new PassportState.Unconfirmed(oldSessdata, oldJct, token));
        String next = p.newRefreshToken(w.seed, mid);
        return new Reply(0, "0", Json.obj().put("status", 0).put("message", "").put("refresh_token", next), true,
                Reply.Raw.cookies(loginCookies(w, mid)));
    }

    /** Step 5: with the new cookies and csrf and the old refresh token, the old cookies die. */
    static Reply confirm(Call c) {
        WorldState w = c.world();
        PassportState.Unconfirmed u = p(c).unconfirmed.get(c.mid());
        String token = c.req().param("refresh_token");
        if (u == null || token == null || !token.equals(u.oldRefreshToken())) {
            throw new ApiError(-400, "请求错误");
        }
        if (u.oldSessdata().equals(c.req().cookies().get("SESSDATA"))) {
            throw new ApiError(-101, "账号未登录");
        }
        w.bySessdata.remove(u.oldSessdata());
        p(c).unconfirmed.remove(c.mid());
        return Reply.changed(null);
    }

    /** finger/spi: a pair of web device ids. */
    static Reply spi(Call c) {
        String id = Signatures.md5Hex("buvid:" + c.world().seed + ":" + (++p(c).seq)).toUpperCase();
        String b3 = id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-" + id.substring(16, 20)
                + "-" + id.substring(20, 32) + "00000infoc";
        String b4 = id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-" + id.substring(16, 20)
                + "-" + id.substring(20, 32) + "-" + c.world().now() + "-9ab/ZBxc3g==";
        return Reply.ok(Json.obj().put("b_3", b3).put("b_4", b4));
    }

    /** GenWebTicket: checks key_id and hexsign = HMAC-SHA256("XgwSnGZ1p", "ts" + context[ts]). */
    static Reply webTicket(Call c) {
        String ts = c.req().param("context[ts]");
        String hexsign = c.req().param("hexsign");
        if (!"ec02".equals(c.req().param("key_id")) || ts == null || hexsign == null || !hexsign.equals(hmac("ts" + ts))) {
            throw new ApiError(400, "参数错误");
        }
        WorldState w = c.world();
        long now = w.now();
        String ticket = "eyJhbGciOiJIUzI1NiIsImtpZCI6InMwMyIsInR5cCI6IkpXVCJ9."
                + Signatures.md5Hex("ticket:" + w.seed + ":" + (++p(c).seq)) + "." + Signatures.md5Hex("sig:" + now);
        p(c).tickets.add(ticket);
        ObjectNode data = Json.obj().put("ticket", ticket).put("created_at", now).put("ttl", 259_260);
        data.putObject("context");
        data.putObject("nav").put("img", "https://i0.hdslb.com/bfs/wbi/" + w.imgKey() + ".png")
                .put("sub", "https://i0.hdslb.com/bfs/wbi/" + w.subKey() + ".png");
        return Reply.changed(data);
    }

    static String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("XgwSnGZ1p".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
