package io.github.biliflux.manga;

import io.github.biliflux.core.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What M1 asks for: the page size (1..100, default 20) and the optional filters {@code notExpired},
 * {@code tabType} and {@code type}; a filter left unset is not sent (the service's default applies).
 * Built with {@link #builder()}, whose setters validate their argument at once.
 */
public final class CouponQuery {

    /** The page size the service uses when none is given (M1). */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page size M1 accepts. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final CouponQuery DEFAULTS = builder().build();

    private final int pageSize;
    private final Boolean notExpired;
    private final Integer tabType;
    private final Integer type;

    private CouponQuery(Builder b) {
        this.pageSize = b.pageSize;
        this.notExpired = b.notExpired;
        this.tabType = b.tabType;
        this.type = b.type;
    }

    /**
     * Every coupon, 20 per page, no filter (M1).
     * @return every coupon, 20 per page, no filter (M1)
     */
    public static CouponQuery defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults (M1).
     * @return a builder starting from the defaults (M1)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The page size, 1..100 (M1 {@code pageSize}).
     * @return the page size, 1..100 (M1 {@code pageSize})
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Whether only unexpired coupons are asked for, if set (M1 {@code notExpired}).
     * @return whether only unexpired coupons are asked for, if set (M1 {@code notExpired})
     */
    public Optional<Boolean> notExpired() {
        return Optional.ofNullable(notExpired);
    }

    /**
     * The tab, if set (M1 {@code tabType}; the spec's example sends 1).
     * @return the tab, if set (M1 {@code tabType}; the spec's example sends 1)
     */
    public OptionalInt tabType() {
        return tabType == null ? OptionalInt.empty() : OptionalInt.of(tabType);
    }

    /**
     * The coupon type filter, if set (M1 {@code type}; the spec's example sends 0).
     * @return the coupon type filter, if set (M1 {@code type}; the spec's example sends 0)
     */
    public OptionalInt type() {
        return type == null ? OptionalInt.empty() : OptionalInt.of(type);
    }

    /** The JSON body of page {@code pageNum}: {@code pageNum}, {@code pageSize} and the filters set (M1). */
    Map<String, Object> body(int pageNum) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pageNum", pageNum);
        body.put("pageSize", pageSize);
        if (notExpired != null) {
            body.put("notExpired", notExpired);
        }
        if (tabType != null) {
            body.put("tabType", tabType);
        }
        if (type != null) {
            body.put("type", type);
        }
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouponQuery q && q.pageSize == pageSize && Objects.equals(q.notExpired, notExpired)
                && Objects.equals(q.tabType, tabType) && Objects.equals(q.type, type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageSize, notExpired, tabType, type);
    }

    @Override
    public String toString() {
        return "CouponQuery" + body(1).entrySet().stream().skip(1).map(Object::toString).toList();
    }

    /** Builds a {@link CouponQuery}; each setter validates its argument (M1). */
    public static final class Builder {
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Boolean notExpired;
        private Integer tabType;
        private Integer type;

        private Builder() {
        }

        /**
         * Coupons per page (M1 {@code pageSize}).
         *
         * @throws IllegalArgumentException if not in 1..100
         * @param pageSize the number of entries per page
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = Check.range("pageSize", pageSize, 1, MAX_PAGE_SIZE);
            return this;
        }

        /**
         * Only coupons that have not expired (true), or every coupon (false) (M1 {@code notExpired}).
         * @param notExpired the not expired
         * @return this builder
         */
        public Builder notExpired(boolean notExpired) {
            this.notExpired = notExpired;
            return this;
        }

        /**
         * The tab (M1 {@code tabType}; the spec documents no values, its example sends 1).
         *
         * @throws IllegalArgumentException if negative
         * @param tabType the tab type
         * @return this builder
         */
        public Builder tabType(int tabType) {
            this.tabType = Check.range("tabType", tabType, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The coupon type (M1 {@code type}; the spec documents no values, its example sends 0).
         *
         * @throws IllegalArgumentException if negative
         * @param type the type to decode data into
         * @return this builder
         */
        public Builder type(int type) {
            this.type = Check.range("type", type, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * The query (M1).
         * @return the query (M1)
         */
        public CouponQuery build() {
            return new CouponQuery(this);
        }
    }
}
