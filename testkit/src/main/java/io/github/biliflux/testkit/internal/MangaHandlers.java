package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.testkit.internal.Records.Comic;
import io.github.biliflux.testkit.internal.Records.Coupon;
import java.util.List;

/** M1 reading coupons and M2 bought comics; read-only POSTs with a JSON body. */
final class MangaHandlers {

    private MangaHandlers() {
    }

    /** M1: pageNum from 1, pageSize 1..100 (default 20); notExpired drops expired coupons. */
    static Reply coupons(Call c) {
        JsonNode body = c.req().json();
        int pn = intField(body, "pageNum", 1);
        int ps = intField(body, "pageSize", 20);
        if (pn < 1 || ps < 1 || ps > 100) {
            throw ApiError.badRequest();
        }
        long now = c.world().now();
        boolean notExpired = body.path("notExpired").asBoolean(false);
        List<Coupon> all = c.world().account(c.mid()).coupons;
        List<Coupon> shown = all.stream().filter(k -> !notExpired || k.expireEpochSecond() > now).toList();
        ArrayNode items = Json.arr();
        for (int i = (pn - 1) * ps; i < Math.min(pn * ps, shown.size()); i++) {
            items.add(coupon(shown.get(i), now));
        }
        List<Coupon> valid = all.stream().filter(k -> k.expireEpochSecond() > now).toList();
        int remain = valid.stream().mapToInt(Coupon::remainAmount).sum();
        long willExpire = valid.stream().filter(k -> k.expireEpochSecond() - now < 3 * 86_400).count();
        ObjectNode data = Json.obj().put("total_remain_amount", remain);
        data.set("user_coupons", items);
        ObjectNode info = data.putObject("coupon_info");
        info.put("new_coupon_num", 0).put("coupon_will_expire", willExpire).put("rent_will_expire", 0)
                .put("new_rent_num", 0).put("discount_will_expire", 0).put("new_discount_num", 0)
                .put("month_ticket_will_expire", 0).put("new_month_ticket_num", 0).put("silver_will_expire", 0)
                .put("new_silver_num", 0).put("remain_item", 0).put("remain_discount", 0)
                .put("remain_coupon", remain).put("remain_silver", 8).put("remain_shop_coupon", 1)
                .put("new_shop_num", 0).put("shop_will_expire", 0).put("new_suit_id", 60007)
                .put("remain_suit_coupon", 0).put("new_suit_num", 0).put("suit_will_expire", 0)
                .put("vip_priv_coupon", false);
        return Reply.ok(data);
    }

    /** M2: page_num from 1, page_size default 15 (at most 100); {@code data} is the array. */
    static Reply comics(Call c) {
        JsonNode body = c.req().json();
        int pn = intField(body, "page_num", 1);
        int ps = intField(body, "page_size", 15);
        if (pn < 1 || ps < 1 || ps > 100) {
            throw ApiError.badRequest();
        }
        List<Comic> all = c.world().account(c.mid()).comics;
        ArrayNode data = Json.arr();
        for (int i = (pn - 1) * ps; i < Math.min(pn * ps, all.size()); i++) {
            data.add(comic(all.get(i)));
        }
        return Reply.ok(data);
    }

    private static ObjectNode coupon(Coupon k, long now) {
        ObjectNode o = Json.obj().put("ID", k.id()).put("remain_amount", k.remainAmount())
                .put("expire_time", Views.datetime(k.expireEpochSecond())).put("reason", k.reason())
                .put("type", k.type()).put("ctime", Views.datetime(k.ctimeEpochSecond()))
                .put("total_amount", k.totalAmount());
        o.putArray("limits");
        return o.put("type_num", k.typeNum()).put("will_expire", k.expireEpochSecond() - now < 3 * 86_400 ? 1 : 0)
                .put("discount", 0).put("discount_limit", 0).put("is_from_card", 0).put("valid_time", "0001-01-01")
                .put("discount_base", 0);
    }

    private static ObjectNode comic(Comic m) {
        String img = "https://i0.hdslb.com/bfs/manga-static/" + Signatures.md5Hex("cover:" + m.comicId());
        ObjectNode o = Json.obj().put("id", m.id()).put("comic_id", m.comicId()).put("comic_title", m.title())
                .put("hcover", img + "h.jpg").put("scover", img + "s.jpg").put("vcover", img + "v.jpg")
                .put("bought_ep_count", m.boughtEpCount()).put("gold_status", 2).put("coupon_status", 2)
                .put("comic_status", 0);
        o.set("last_ord", Views.number(m.lastOrd()));
        o.put("ctime", Views.datetime(m.ctimeEpochSecond())).put("last_short_title", m.lastShortTitle())
                .put("buy_type", m.buyType()).put("ep_for_chapters", 0);
        ArrayNode orders = o.putArray("orders");
        if (m.autoPayOrders()) {
            orders.addObject().put("id", 2).put("title", "漫读券");
            orders.addObject().put("id", 3).put("title", "通用券");
            orders.addObject().put("id", 1).put("title", "漫币");
        }
        return o.put("enable_auto_pay", false).put("type", 0);
    }

    private static int intField(JsonNode body, String name, int dflt) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (n.isIntegralNumber() || (n.isTextual() && n.asText().matches("-?\\d{1,9}"))) {
            return n.asInt();
        }
        throw ApiError.badRequest();
    }
}
