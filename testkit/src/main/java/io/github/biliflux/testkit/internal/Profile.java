package io.github.biliflux.testkit.internal;

/**
 * The public card of a user as the relation lists show it (uname, face, sign, official_verify, vip).
 * Materialized accounts carry their own; every other mid gets one derived from the mid and the
 * world's seed, so a million generated users cost no memory.
 */
public record Profile(long mid, String uname, String face, String sign, int officialType, String officialDesc,
                      int vipType, long vipDueDate, int vipStatus) {

    private static final String[] NAMES = {
        "青空", "夜雨", "星河", "白猫", "橘子", "阿狸", "木木", "小鹿", "风铃", "南山", "北辰", "若水",
        "Luna", "Kiko", "Mori", "Nagi"};
    private static final String[] SIGNS = {
        "", "", "这个人很懒，什么都没有写", "做点傻开心的视频", "摸鱼中", "Back later", "日常更新"};

    /** The deterministic card of a user that has no explicit account. */
    public static Profile derived(long seed, long mid) {
        long h = mix(seed * 31 + mid);
        int n = (int) Long.remainderUnsigned(h, NAMES.length);
        String uname = NAMES[n] + "_" + mid;
        String face = "https://i0.hdslb.com/bfs/face/" + Signatures.md5Hex("face:" + mid).substring(0, 40 - 8)
                + ".jpg";
        String sign = SIGNS[(int) Long.remainderUnsigned(h >>> 8, SIGNS.length)];
        int off = (int) Long.remainderUnsigned(h >>> 16, 20);
        int officialType = off == 0 ? 0 : off == 1 ? 1 : -1;
        String officialDesc = officialType == 0 ? "bilibili 知名UP主" : officialType == 1 ? "官方账号" : "";
        int vipType = (int) Long.remainderUnsigned(h >>> 24, 3);
        long due = vipType == 0 ? 0 : 1_600_000_000_000L + Long.remainderUnsigned(h >>> 32, 1000) * 86_400_000L;
        int vipStatus = vipType == 0 ? 0 : (int) Long.remainderUnsigned(h >>> 40, 2);
        return new Profile(mid, uname, face, sign, officialType, officialDesc, vipType, due, vipStatus);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
