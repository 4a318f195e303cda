package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** GET /x/web-interface/nav: login state and the WBI keys (present even when the answer is -101). */
final class NavHandler {

    private NavHandler() {
    }

    static Reply nav(Call c) {
        WorldState w = c.world();
        ObjectNode data = Json.obj().put("isLogin", c.mid() != 0);
        if (c.mid() != 0) {
            Account a = w.account(c.mid());
            data.put("face", a.face).put("mid", a.mid).put("uname", a.uname);
            data.set("money", Views.number(a.balance));
        }
        data.putObject("wbi_img")
                .put("img_url", "https://i0.hdslb.com/bfs/wbi/" + w.imgKey() + ".png")
                .put("sub_url", "https://i0.hdslb.com/bfs/wbi/" + w.subKey() + ".png");
        return c.mid() != 0 ? Reply.ok(data) : new Reply(-101, "账号未登录", data, false);
    }
}
