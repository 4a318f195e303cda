package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The shape of the JSON root around a handler's payload, per host. */
public enum Envelope {
    /** api.bilibili.com: {@code {code, message, ttl, data}}; {@code data} absent when there is none. */
    API {
        @Override
        public ObjectNode wrap(int code, String message, JsonNode data) {
            ObjectNode root = Json.obj().put("code", code).put("message", message).put("ttl", 1);
            if (data != null) {
                root.set("data", data);
            }
            return root;
        }

        /** A payload written as text goes into the body as it is, without a tree around it. */
        @Override
        public byte[] bytes(Reply r) {
            int length = r.data() == null ? -1 : Json.rawLength(r.data());
            if (length < 0) {
                return super.bytes(r);
            }
            JsonBytes body = new JsonBytes(64 + 3 * String.valueOf(r.message()).length() + length).ascii("{\"code\":").number(r.code())
                    .ascii(",\"message\":").string(r.message()).ascii(",\"ttl\":1,\"data\":");
            return Json.appendRaw(r.data(), body).ascii("}").toByteArray();
        }
    },
    /** The course service (C1): {@code {code, data, message}} without ttl; message "success". */
    COURSE {
        @Override
        public ObjectNode wrap(int code, String message, JsonNode data) {
            ObjectNode root = Json.obj().put("code", code);
            if (data != null) {
                root.set("data", data);
            }
            return root.put("message", code == 0 ? "success" : message);
        }
    },
    /** manga.bilibili.com: {@code {code, msg, data}}. */
    MANGA {
        @Override
        public ObjectNode wrap(int code, String message, JsonNode data) {
            ObjectNode root = Json.obj().put("code", code).put("msg", code == 0 ? "" : message);
            if (data != null) {
                root.set("data", data);
            }
            return root;
        }
    },
    /** www exp.php (A3): {@code {code, message, number}}, no data. */
    EXP_PHP {
        @Override
        public ObjectNode wrap(int code, String message, JsonNode data) {
            return Json.obj().put("code", code).put("message", message)
                    .put("number", data == null ? 0 : data.asInt());
        }
    },
    /** passport (A5): {@code {code, data}}; errors also carry a message. */
    PASSPORT {
        @Override
        public ObjectNode wrap(int code, String message, JsonNode data) {
            ObjectNode root = Json.obj().put("code", code);
            if (code != 0) {
                root.put("message", message);
            }
            if (data != null) {
                root.set("data", data);
            }
            return root;
        }
    };

    /** The JSON root for an answer. */
    public abstract ObjectNode wrap(int code, String message, JsonNode data);

    /** The JSON root for a handler's reply. */
    public ObjectNode wrap(Reply r) {
        return wrap(r.code(), r.message(), r.data());
    }

    /**
     * The JSON body (UTF-8) of a handler's reply: {@link #wrap(Reply)}, serialized.
     *
     * @param r the reply
     * @return the body
     */
    public byte[] bytes(Reply r) {
        return Json.bytes(wrap(r));
    }
}
