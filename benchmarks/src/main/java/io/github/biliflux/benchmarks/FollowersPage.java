package io.github.biliflux.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * The bytes every transport benchmark is served: an R1 followers page of 50 entries in the
 * {@code {code,message,ttl,data:{list,re_version,total}}} envelope, each entry shaped like the R1
 * example of the spec (mid, attribute, mtime, tag, special, uname, face, sign, official_verify, vip
 * with label). Names and signatures mix CJK and ASCII, some users are VIPs or verified, as a real
 * page is; the content is derived from a seed so every run serves the same bytes (20,430 bytes).
 */
public final class FollowersPage {

    /** The owner of the list in the requests (the spec example's vmid). */
    public static final long VMID = 293_793_435L;
    /** Entries on the page. */
    public static final int SIZE = 50;

    private static final String[] NAMES = {"L_E_M_O_H_E", "哥本哈根iii", "社会易姐QwQ", "碧诗", "Warma", "=咬人猫=",
        "老弟一号", "咩2016", "山新", "上海爱丽丝幻乐团", "bili_84675323391", "晓美焰Homura", "一只小团子", "Kevin_Zh"};
    private static final String[] SIGNS = {"", "暂时断更。。Back later", "高中技术宅一枚,爱好MC&电子&8-bit音乐&数码&编程",
        "都说了是天依爹地，不是妈咪。", "面瘫女仆酱~小粗腿~", "这个人很懒，什么都没有写", "Stay hungry, stay foolish.",
        "萌新硬件玩家，前垃圾佬"};

    private FollowersPage() {
    }

    /** The page as sent on the wire (UTF-8 JSON). */
    public static byte[] bytes() {
        return bytes(0, 365);
    }

    /**
     * Page {@code pn} of a list of {@code total} entries: the same shape as {@link #bytes()}, mids
     * distinct from every other page's (page 0 is {@link #bytes()} itself), so a stream that
     * deduplicates keeps every entry.
     */
    public static byte[] bytes(int pn, long total) {
        ObjectMapper m = new ObjectMapper();
        Random r = new Random(20_240_601L + pn);
        ObjectNode root = m.createObjectNode().put("code", 0).put("message", "0").put("ttl", 1);
        ObjectNode data = root.putObject("data");
        ArrayNode list = data.putArray("list");
        long mtime = 1_583_839_793L;
        for (int i = 0; i < SIZE; i++) {
            long mid = pn == 0 ? 100_000_000L + r.nextInt(600_000_000) : 1_000_000_000L + (long) pn * SIZE + i;
            ObjectNode e = list.addObject().put("mid", mid).put("attribute", i % 7 == 0 ? 6 : 0).put("mtime", mtime);
            mtime -= 1 + r.nextInt(20_000);
            e.putNull("tag");
            e.put("special", 0);
            e.put("uname", NAMES[r.nextInt(NAMES.length)] + (i % 3 == 0 ? "" : "_" + r.nextInt(10_000)));
            e.put("face", "http://i" + r.nextInt(3) + ".hdslb.com/bfs/face/" + hex(r, 40) + ".jpg");
            e.put("sign", SIGNS[r.nextInt(SIGNS.length)]);
            boolean verified = i % 11 == 5;
            e.putObject("official_verify").put("type", verified ? 0 : -1).put("desc", verified ? "bilibili 知名UP主" : "");
            int vipType = i % 4 == 1 ? 2 : i % 9 == 2 ? 1 : 0;
            ObjectNode vip = e.putObject("vip").put("vipType", vipType)
                    .put("vipDueDate", vipType == 0 ? 0 : 1_612_454_400_000L + r.nextInt(1_000_000) * 1000L)
                    .put("dueRemark", "").put("accessStatus", 0).put("vipStatus", vipType == 0 ? 0 : 1)
                    .put("vipStatusWarn", "").put("themeType", 0);
            vip.putObject("label").put("path", "");
        }
        data.put("re_version", 3_857_745_402L);
        data.put("total", total);
        try {
            return m.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit(r.nextInt(16), 16));
        }
        return sb.toString();
    }
}
