package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.testkit.internal.Records.Course;
import java.util.List;

/** C1 paid courses: one page only (pn must be 1), {@code ps} is how many to get. */
final class CourseHandlers {

    private CourseHandlers() {
    }

    /** C1: pn other than 1 -> -400; ps 1..1000 (default 10; the spec sets no maximum, and a client asks for ps = total); next tells whether more exist. */
    static Reply paid(Call c) {
        int pn = c.req().intParam("pn", 1);
        int ps = c.req().intParam("ps", 10);
        if (pn != 1 || ps < 1 || ps > 1000) {
            throw ApiError.badRequest();
        }
        List<Course> all = c.world().account(c.mid()).courses;
        ArrayNode items = Json.arr();
        all.stream().limit(ps).forEach(k -> items.add(course(k)));
        ObjectNode data = Json.obj();
        data.set("data", items);
        return Reply.ok(data.put("is_enable_cash", false).put("next", all.size() > ps).put("pn", 1).put("ps", ps)
                .put("pt", Math.max(1, (all.size() + ps - 1) / ps)).put("total", all.size()));
    }

    private static ObjectNode course(Course k) {
        ObjectNode o = Json.obj()
                .put("cover", "https://archive.biliimg.com/bfs/archive/" + Signatures.md5Hex("course:" + k.id()) + ".jpg")
                .put("ep_count", k.epCount()).put("expiry_day", 0).put("id", k.id()).put("is_expired", false)
                .put("pay_gid", 327).put("pay_status", 0).put("platformPrice", 0).put("price", k.price());
        o.putObject("progress").put("last_ep_id", k.lastEpId()).put("last_ep_index", k.lastEpIndex())
                .put("last_time", k.lastTime());
        return o.put("seasonStyle", 0).put("status", k.status()).put("sub_title", k.subTitle())
                .put("title", k.title()).put("up_id", k.upId()).put("update_info", k.updateInfo())
                .put("url", "https://www.bilibili.com/cheese/play/ss" + k.id());
    }
}
