package io.github.biliflux.manga;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One step of a bought comic's automatic payment order (M2 {@code orders}): what is spent first,
 * e.g. {@code 2 漫读券} (reading coupons), {@code 3 通用券} (general coupons), {@code 1 漫币} (manga coins).
 *
 * @param id    the payment method's id
 * @param title its name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentMethod(@JsonProperty("id") int id, @JsonProperty("title") String title) {

    /**
     * A missing title becomes "" (M2).
     * @param id the payment method's id
     * @param title its name
     */
    public PaymentMethod {
        Objects.requireNonNull(title, "title");
    }
}
