package io.github.biliflux.core.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.Envelope;
import io.github.biliflux.core.MalformedResponseException;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.ServerErrorException;
import io.github.biliflux.core.WbiKeysException;
import io.github.biliflux.core.internal.Transport.Raw;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Beside {@link Errors}: the one place where an answer becomes a payload or a typed exception.
 * It reads the four envelopes (PROTOCOL.md), refuses what is not one (a redirect, an HTML page,
 * an empty body, a 412 from the gateway), maps a non-zero code through {@link Errors#map}, and
 * passes every text from the server through {@link Errors#clean} first. It also reads the WBI
 * keys out of a nav answer.
 */
final class EnvelopeDecoder {

    private final ObjectMapper mapper;
    private final io.github.biliflux.core.CredentialSource credentials;
    private final Map<JavaType, ObjectReader> readers = new ConcurrentHashMap<>();

    EnvelopeDecoder(ObjectMapper mapper, io.github.biliflux.core.CredentialSource credentials) {
        this.mapper = mapper;
        this.credentials = credentials;
    }

    private String clean(String text) {
        return Errors.clean(text, credentials.current());
    }

    /** The envelope shape shared by all four envelopes; unknown fields are ignored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Answer<T>(Integer code, String message, String msg, T data, T number) {
    }

    /** A reader of the envelope around {@code type}, made once per type. */
    ObjectReader reader(JavaType type) {
        return readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.getTypeFactory().constructParametricType(Answer.class, t)));
    }

    /**
     * The payload of the envelope in {@code raw} ({@code data}, or {@code number} for exp.php), or
     * the typed exception its code, status or shape calls for.
     */
    <T> T decode(Route route, Raw raw, ObjectReader reader) {
        int status = raw.status();
        if (status == 412 || (status >= 300 && status < 400) || raw.body().length == 0) {
            checkStatus(route.describe(), raw);
        }
        Answer<T> answer;
        try {
            answer = reader.readValue(raw.body());
        } catch (JsonParseException e) {
            throw unreadable(route.describe(), raw, "not JSON (" + e.getClass().getSimpleName() + ")", e);
        } catch (JsonMappingException | RuntimeException e) {
            // Well-formed JSON that the records refuse: a shape problem, unless the envelope says otherwise.
            return fromTree(route, raw, e);
        } catch (IOException e) {
            throw unreadable(route.describe(), raw, "unreadable (" + e.getClass().getSimpleName() + ")", e);
        }
        if (answer == null || answer.code() == null) {
            throw unreadable(route.describe(), raw, "no code in the envelope", null);
        }
        if (answer.code() != 0) {
            String msg = route.envelope() == Envelope.MANGA && answer.msg() != null ? answer.msg()
                    : answer.message() != null ? answer.message() : answer.msg();
            throw Errors.map(route, new ApiError(answer.code(), clean(msg), route.describe(), status, answer.code() == -352 ? voucher(raw) : null));
        }
        if (status / 100 != 2) {
            throw unreadable(route.describe(), raw, "code 0 with HTTP " + status, null);
        }
        return route.envelope() == Envelope.NUMBER ? answer.number() : answer.data();
    }

    static void checkStatus(String name, Raw raw) {
        int status = raw.status();
        if (status == 412) {
            throw new RateLimitedException(new ApiError(-412, "request intercepted by the gateway", name, 412, null));
        }
        if (status >= 300 && status < 400) {
            throw new MalformedResponseException(name, status, "a redirect, not followed (credentials stay with the configured hosts)", null);
        }
        if (raw.body().length == 0) {
            throw unreadable(name, raw, "empty body", null);
        }
    }

    static BiliException unreadable(String name, Raw raw, String what, Throwable cause) {
        if (raw.status() >= 500) {
            return new ServerErrorException(new ApiError(-raw.status(), "HTTP " + raw.status(), name, raw.status(), null));
        }
        String ct = raw.contentType() == null ? "no content type" : raw.contentType();
        return new MalformedResponseException(name, raw.status(), what + "; " + raw.body().length + " bytes, " + ct, cause);
    }

    private <T> T fromTree(Route route, Raw raw, Exception shapeError) {
        String name = route.describe();
        JsonNode root;
        try {
            root = mapper.readTree(raw.body());
        } catch (IOException e) {
            throw unreadable(name, raw, "not JSON", e);
        } catch (RuntimeException e) {
            throw new DecodingException(name, "a value no type can hold (" + e + ")", e);
        }
        JsonNode code = root == null ? null : root.get("code");
        if (code == null || !code.canConvertToInt()) {
            throw unreadable(name, raw, "no code in the envelope", shapeError);
        }
        if (code.asInt() != 0) {
            String msg = root.path(route.envelope().messageField()).asText(root.path("message").asText(root.path("msg").asText("")));
            throw Errors.map(route, new ApiError(code.asInt(), clean(msg), name, raw.status(), root.path("data").path("v_voucher").asText(null)));
        }
        String what = shapeError instanceof JsonMappingException m ? m.getOriginalMessage() : shapeError.getMessage();
        throw new DecodingException(name, what == null ? "unexpected shape" : clean(what.lines().findFirst().orElse("")), shapeError);
    }

    private String voucher(Raw raw) {
        try {
            return mapper.readTree(raw.body()).path("data").path("v_voucher").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The WBI keys of a nav answer (present even with -101), each checked; else a typed exception. */
    WbiKeys.Keys navKeys(Route route, Raw raw) {
        String name = route.describe();
        checkStatus(name, raw);
        JsonNode root;
        try {
            root = mapper.readTree(raw.body());
        } catch (IOException e) {
            throw unreadable(name, raw, "not JSON", e);
        }
        JsonNode img = root == null ? null : root.path("data").path("wbi_img");
        JsonNode imgUrl = img == null ? null : img.get("img_url");
        JsonNode subUrl = img == null ? null : img.get("sub_url");
        if (imgUrl == null || subUrl == null || !imgUrl.isTextual() || !subUrl.isTextual()
                || imgUrl.asText().isEmpty() || subUrl.asText().isEmpty()) {
            int code = root == null ? 0 : root.path("code").asInt(0);
            if (code != 0) {
                throw Errors.map(route, new ApiError(code, clean(root.path("message").asText("")), name, raw.status(), null));
            }
            throw new WbiKeysException(name, "the nav answer has no data.wbi_img.img_url and sub_url strings", null);
        }
        return WbiKeys.of(name, imgUrl.asText(), subUrl.asText());
    }
}
