package io.github.biliflux.testkit.internal;

import io.github.biliflux.testkit.internal.Records.CoinLogEntry;
import io.github.biliflux.testkit.internal.Records.Comic;
import io.github.biliflux.testkit.internal.Records.Coupon;
import io.github.biliflux.testkit.internal.Records.Course;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Builders of the demo world and of generated worlds. Deterministic: no wall-clock dependence but "now". */
public final class Worlds {

    public static final long DEMO_MID = 293_793_435L;
    public static final long CAPPED_MID = 2L;
    public static final long PRIVATE_MID = 3L;
    public static final long BLOCKER_MID = 4L;
    public static final long FRIEND_MID = 15_858_903L;
    public static final long TAG_CLASSMATES = 194_111L;
    public static final long TAG_OLD_FRIENDS = 194_110L;
    public static final long TAG_UPS = 207_542L;
    public static final long TAG_GAMES = 231_305L;
    public static final long GENERATED_BASE = 1_000_000_000L;

    static final long T0 = 1_600_000_000L;
    private static final long FOLLOWER_BASE = 400_000_000L;
    private static final long FOLLOWING_BASE = 500_000_000L;

    private Worlds() {
    }

    /** The demo world (see World.demo()). */
    public static WorldState demo(Clock clock) {
        WorldState w = new WorldState(0, clock);
        namedProfiles(w);
        Account me = w.account(DEMO_MID);
        me.uname = "社会易姐QwQ";
        me.userid = "bili_84675323391";
        me.sign = "高中技术宅一枚,爱好MC&电子&8-bit音乐&数码&编程";
        me.birthday = "2002-03-05";
        me.sex = "男";
        me.vipType = 2;
        me.vipStatus = 1;
        me.vipPayType = 1;
        me.vipDueDate = 1_612_454_400_000L;
        me.balance = new BigDecimal("100");
        me.coinExpToday = 20;
        Graph g = w.graph;

        List<Long> followers = new ArrayList<>();
        for (int i = 0; i < 319; i++) {
            followers.add(FOLLOWER_BASE + i * 7L);
        }
        followers.add(300, FRIEND_MID);
        for (int i = 0; i < followers.size(); i++) {
            g.follow(followers.get(i), DEMO_MID, T0 + i * 3600L);
        }

        List<Long> named = List.of(14082L, 420831218L, 53456L, 116683L, 517717593L, 258150656L, FRIEND_MID);
        List<Long> followings = new ArrayList<>(named);
        for (int i = 0; followings.size() < named.size() + 80; i++) {
            if (!followings.contains(followers.get(i * 3))) {
                followings.add(followers.get(i * 3));
            }
        }
        for (int j = 0; followings.size() < 260; j++) {
            followings.add(FOLLOWING_BASE + j * 11L);
        }
        Collections.shuffle(followings, new Random(20_240_601L));
        me.tags.put(TAG_OLD_FRIENDS, "老友");
        me.tags.put(TAG_CLASSMATES, "我的同学");
        me.tags.put(TAG_UPS, "UP主");
        me.tags.put(TAG_GAMES, "游戏");
        for (int k = 0; k < followings.size(); k++) {
            long f = followings.get(k);
            g.follow(DEMO_MID, f, T0 + 2_000_000L + k * 3600L);
            if (k % 13 == 0) {
                w.tag(DEMO_MID, f, TAG_CLASSMATES);
            }
            if (k % 7 == 1 || f == 420831218L || f == 517717593L) {
                w.tag(DEMO_MID, f, TAG_UPS);
            }
            if (k % 17 == 2) {
                w.tag(DEMO_MID, f, TAG_GAMES);
            }
            if (k % 16 == 3 || f == 53456L || f == 258150656L) {
                w.tag(DEMO_MID, f, WorldState.SPECIAL);
            }
        }
        w.tag(DEMO_MID, FRIEND_MID, WorldState.SPECIAL);
        w.tag(DEMO_MID, FRIEND_MID, TAG_OLD_FRIENDS);

        Account friend = w.account(FRIEND_MID);
        friend.balance = new BigDecimal("5");
        friend.tags.put(56_502L, "好友");
        w.tag(FRIEND_MID, DEMO_MID, 56_502L);
        w.tag(FRIEND_MID, DEMO_MID, WorldState.SPECIAL);

        long[] whispers = {FOLLOWING_BASE + 900_001L, FOLLOWING_BASE + 900_002L, 178429408L};
        for (int i = 0; i < whispers.length; i++) {
            me.whispers.add(whispers[i], T0 + 5_000_000L + i * 86_400L);
        }
        long[] blacks = {600_000_001L, 600_000_002L, 600_000_003L, 16174624L, 22179720L};
        for (int i = 0; i < blacks.length; i++) {
            me.blacks.add(blacks[i], T0 + 6_000_000L + i * 86_400L);
        }

        Account capped = w.account(CAPPED_MID);
        capped.uname = "碧诗";
        for (int i = 0; i < 250; i++) {
            g.follow(700_000_000L + i, CAPPED_MID, T0 + i * 60L);
        }
        List<Long> cappedFollowings = new ArrayList<>(List.of(116683L, 517717593L));
        for (int i = 0; i < 20; i++) {
            cappedFollowings.add(followings.get(i * 9));
        }
        for (int j = 0; cappedFollowings.size() < 180; j++) {
            cappedFollowings.add(710_000_000L + j);
        }
        for (int k = 0; k < cappedFollowings.size(); k++) {
            g.follow(CAPPED_MID, cappedFollowings.get(k), T0 + 100_000L + k * 60L);
        }

        Account hidden = w.account(PRIVATE_MID);
        hidden.hideFollowings = true;
        for (int j = 0; j < 30; j++) {
            g.follow(PRIVATE_MID, 720_000_000L + j, T0 + j * 60L);
        }
        for (int j = 0; j < 12; j++) {
            g.follow(730_000_000L + j, PRIVATE_MID, T0 + j * 60L);
        }
        w.account(BLOCKER_MID).blacks.add(DEMO_MID, T0);

        holdings(w, me);
        return w;
    }

    /** A world whose DEMO_MID has {@code followers} generated followers and {@code followings} followings. */
    public static WorldState generated(long seed, int followers, int followings, Clock clock) {
        if (followers < 0 || followings < 0) {
            throw new IllegalArgumentException("followers and followings must be >= 0");
        }
        WorldState w = new WorldState(seed, clock);
        Account me = w.account(DEMO_MID);
        me.balance = new BigDecimal("100");
        w.rotateWbiKeys();
        long offset = followers == 0 ? 0 : Math.floorMod(seed, followers);
        EdgeList in = w.graph.bulkFollowers(DEMO_MID, GENERATED_BASE, GENERATED_BASE + followers, followers);
        for (int i = 0; i < followers; i++) {
            in.append(GENERATED_BASE + (i + offset) % followers, T0 + i);
        }
        EdgeList out = w.graph.bulkFollowings(DEMO_MID, GENERATED_BASE, GENERATED_BASE + 2L * followings,
                followings);
        for (int j = 0; j < followings; j++) {
            out.append(GENERATED_BASE + 2L * j, T0 + j);
        }
        w.account(CAPPED_MID);
        holdings(w, me);
        return w;
    }

    private static void namedProfiles(WorldState w) {
        String f = "http://i0.hdslb.com/bfs/face/";
        put(w, new Profile(14082L, "山新", f + "74c82caee6d9eb623e56161ea8ed6d68afabfeae.jpg",
                "都说了是天依爹地，不是妈咪。", 0, "配音演员、声优。洛天依声源提供者。", 2, 1_601_654_400_000L, 1));
        put(w, new Profile(420831218L, "支付宝Alipay", f + "aaf18aeb2d9822e28a590bd8d878572ca8c59e04.jpg",
                "阿支来了，关注点赞转发投币四连走起！", 1, "支付宝官方账号", 1, 1_585_065_600_000L, 1));
        put(w, new Profile(53456L, "Warma", f + "c1bbee6d255f1e7fc434e9930f0f288c8b24293a.jpg",
                "我是沃玛，做点傻开心的视频。", 0, "bilibili 知名UP主", 2, 1_637_424_000_000L, 1));
        put(w, new Profile(116683L, "=咬人猫=", f + "8fad84a4470f3d894d8f0dc95555ab8f2cb10a83.jpg",
                "面瘫女仆酱~小粗腿~", 0, "bilibili 2019百大UP主、高能联盟成员", 2, 1_618_934_400_000L, 1));
        put(w, new Profile(517717593L, "上海爱丽丝幻乐团", f + "851a9191cbe93e66304d7577c0f6f83834e52109.jpg",
                "日本同人社团 上海爱丽丝幻乐团", 0, "上海爱丽丝幻乐团官方账号", 1, 1_593_792_000_000L, 0));
        put(w, new Profile(178429408L, "老弟一号", f + "21426275f3d3149b96b88783275205ba574c09e3.jpg",
                "萌新硬件玩家，前垃圾佬", 0, "知识领域优质UP主", 2, 1_632_499_200_000L, 1));
        put(w, new Profile(22179720L, "咩2016", f + "41fe435a7e62eae605a5908652f32f3afff2ae74.jpg",
                "", 0, "", 0, 0, 0));
        put(w, new Profile(16174624L, "其实死亡没有那么痛", f + "79257f5a2e7194a71337ccca5927afba7706d316.jpg",
                "等我，我马上就来", 0, "", 0, 0, 0));
        put(w, new Profile(FRIEND_MID, "老友记", f + "6a4abfc535139cc9dfbc6e7bf84a1cfa19b6d560.jpg",
                "", -1, "", 1, 1_700_000_000_000L, 1));
    }

    private static void put(WorldState w, Profile p) {
        w.fixedProfiles.put(p.mid(), p);
    }

    private static void holdings(WorldState w, Account me) {
        long now = w.now();
        String[] reasons = {"积分兑换", "活动赠送", "签到奖励"};
        for (int k = 0; k < 50; k++) {
            long expire = k < 45 ? now + (k + 1) * 43_200L : now - (k - 44) * 86_400L;
            int remain = 1 + k % 3;
            me.coupons.add(new Coupon(7_473_503L - k * 17L, remain, expire, reasons[k % 3], "福利券",
                    expire - 7 * 86_400L, remain, 7));
        }
        String[] titles = {"擅长捉弄的(原)高木同学", "NEW GAME!", "终将成为你", "米诺斯的牛肉100%", "宝石之国", "极主夫道",
            "四月是你的谎言", "前男友成为了那样的男子", "辉夜大小姐想让我告白", "邪神与厨二病少女", "足艺少女小村同学",
            "如果是理想中的女儿", "就算这样，“步”还是靠了过来", "在魔王城说晚安", "堀与宫村"};
        for (int k = 0; k < 37; k++) {
            String title = k < titles.length ? titles[k] : "漫画作品 " + (k + 1);
            BigDecimal lastOrd = k == 9 ? new BigDecimal("216.5") : BigDecimal.valueOf(20 + k * 7L);
            me.comics.add(new Comic(20_276_887L - k * 1_000L, 26_554L + k * 37L, title, 1 + k % 13, lastOrd,
                    1_643_204_373L - k * 604_800L, lastOrd.toPlainString(), k % 5 == 2 ? 9 : 0, k % 4 != 2));
        }
        me.courses.add(new Course(3739, "3天Python数据分析+AI特训营（涨薪提效）", "报名后请及时添加班主任微信",
                507_961_306L, 9900, 10, -1, 142_768L, "Python数据分析与AI应用", 5451, "已更新8课时 | 共10课时，含3场直播"));
        me.courses.add(new Course(316, "《宏观经济学》期末4小时讲完附赠讲义", "西方经济学宏观部分，考点浓缩精讲。",
                437_356_691L, 3900, 10, 10, 7605L, "第5课   宏观经济政策", 221, "已完结 | 共10课时"));
        me.courses.add(new Course(183, "国家玮：高考作文提分攻略", "国家玮：高考语文名师",
                485_578_465L, 15800, 26, 10, 6897L, "避开作文失分陷阱，掌握诀窍提分不难", 565, "已完结 | 共26课时"));
        me.courses.add(new Course(3635, "【加v私信班班+领福利包】3天学会日系头像体验营", "3天学会日系头像，轻松画出属于自己的作品！",
                517_460_337L, 9900, 7, -1, 139_570L, "day1：头发&五官的结构", 3633, "已更新4课时 | 共7课时，含4场直播"));
        long[] hoursAgo = {2, 10, 11, 24, 30, 31, 48, 72, 96, 100, 120, 144, 160, 200, 240};
        String[] deltas = {"-1", "-1", "0.1", "1", "-1", "-1", "1", "1", "1", "0.2", "1", "1", "1", "1", "-2"};
        for (int i = 0; i < hoursAgo.length; i++) {
            BigDecimal d = new BigDecimal(deltas[i]);
            String reason = d.signum() < 0 ? "给视频 BV1j5411s7M" + i + " 打赏" : d.scale() > 0 ? "视频投币奖励" : "登录奖励";
            me.coinLog.add(new CoinLogEntry(now - hoursAgo[i] * 3600L, d, reason));
        }
    }
}
