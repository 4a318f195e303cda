package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One parsed HTTP request: method, path, query and form parameters (first value of each), the raw
 * body, the cookies and the headers. Unknown parameters are simply never read.
 */
public record Request(String method, String path, Map<String, String> query, Map<String, String> form,
                      String body, Map<String, String> cookies, Map<String, String> headers) {

    /** Compact constructor: copies the maps. */
    public Request {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        cookies = Map.copyOf(cookies);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** A parameter from the form (POST) or else the query; null when absent. */
    public String param(String name) {
        String v = form.get(name);
        return v != null ? v : query.get(name);
    }

    /** A required long parameter: absent or not a number -> -400. */
    public long requiredLong(String name) {
        String v = param(name);
        if (v == null || v.isBlank()) {
            throw ApiError.badRequest();
        }
        return parseLong(v);
    }

    /** An int parameter with a default when absent or empty; not a number -> -400. */
    public int intParam(String name, int dflt) {
        String v = param(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        long l = parseLong(v);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw ApiError.badRequest();
        }
        return (int) l;
    }

    /** A comma-separated list of longs (the first present of {@code names}); absent -> empty. */
    public List<Long> longList(String... names) {
        for (String name : names) {
            String v = param(name);
            if (v != null && !v.isBlank()) {
                List<Long> out = new ArrayList<>();
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(parseLong(part.trim()));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The JSON body, or an empty object when there is none or it is not JSON. */
    public JsonNode json() {
        JsonNode n = Json.parseOrNull(body);
        return n == null || !n.isObject() ? Json.obj() : n;
    }

    private static long parseLong(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest();
        }
    }
}
