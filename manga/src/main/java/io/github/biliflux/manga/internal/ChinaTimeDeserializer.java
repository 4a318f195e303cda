package io.github.biliflux.manga.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Decodes the manga service's times into an {@link Instant}: the example answers send
 * {@code "2022-05-24 12:00:33"} (Beijing time, Asia/Shanghai), the spec's table says a number
 * (Unix seconds). Both are accepted, and a number in a string too; {@code null} and {@code ""}
 * give null.
 */
public final class ChinaTimeDeserializer extends StdScalarDeserializer<Instant> {

    /** The zone the service writes its local times in. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** Above this a number cannot be seconds (year 5138): it is milliseconds. */
    private static final long MAX_SECONDS = 100_000_000_000L;

    /** The deserializer Jackson instantiates from {@code @JsonDeserialize}. */
    public ChinaTimeDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return epoch(p.getLongValue());
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return epoch(p.getDecimalValue().longValue());
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().strip();
            Instant v = parse(s);
            if (v == null && !s.isEmpty()) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, s,
                        "expected \"yyyy-MM-dd HH:mm:ss\" (Asia/Shanghai) or Unix seconds");
            }
            return v;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    /** {@code s} as an instant, null if empty or in no known form. */
    public static Instant parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(Character::isDigit) && s.length() <= 18) {
            return epoch(Long.parseLong(s));
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(CHINA).toInstant();
            }
            return LocalDateTime.parse(s, DATETIME).atZone(CHINA).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return epoch(new BigDecimal(s).longValue()); // "1653364833.0": seconds with a fraction
            } catch (NumberFormatException n) {
                return null;
            }
        }
    }

    private static Instant epoch(long v) {
        return v > MAX_SECONDS ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }
}
