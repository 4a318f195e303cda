package io.github.biliflux.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request: a {@link Route} with its query, its body (none, a form, or a JSON value) and the
 * parameters that app logins add. Domain code builds these and nothing else; the client signs,
 * sends, retries and decodes them. Values are immutable.
 */
public final class ApiRequest {

    /** The kind of body. */
    public enum BodyKind { /** No body (GETs). */ NONE, /** A form (POSTs). */ FORM, /** A JSON body. */ JSON }

    private final Route route;
    private final Map<String, String> query;
    private final BodyKind bodyKind;
    private final Map<String, String> form;
    private final Object json;
    private final Map<String, String> appParams;

    private ApiRequest(Builder b) {
        this.route = b.route;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.bodyKind = b.json != null ? BodyKind.JSON : (b.route.method() == Route.Method.POST ? BodyKind.FORM : BodyKind.NONE);
        this.form = Collections.unmodifiableMap(new LinkedHashMap<>(b.form));
        this.json = b.json;
        this.appParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.appParams));
    }

    static Builder builder(Route route) {
        return new Builder(Objects.requireNonNull(route, "route"));
    }

    /**
     * The route.
     * @return the route
     */
    public Route route() {
        return route;
    }

    /**
     * The host.
     * @return the host
     */
    public Host host() {
        return route.host();
    }

    /**
     * GET or POST.
     * @return GET or POST
     */
    public Route.Method method() {
        return route.method();
    }

    /**
     * The path.
     * @return the path
     */
    public String path() {
        return route.path();
    }

    /**
     * The login the route needs.
     * @return the login the route needs
     */
    public Auth auth() {
        return route.auth();
    }

    /**
     * Whether re-sending is harmless.
     * @return whether re-sending is harmless
     */
    public boolean idempotent() {
        return route.idempotent();
    }

    /**
     * The envelope to expect.
     * @return the envelope to expect
     */
    public Envelope envelope() {
        return route.envelope();
    }

    /**
     * The query parameters, in insertion order.
     * @return the query parameters, in insertion order
     */
    public Map<String, String> query() {
        return query;
    }

    /**
     * The kind of body: a form for POSTs, JSON when one was given, none for GETs.
     * @return the kind of body: a form for POSTs, JSON when one was given, none for GETs
     */
    public BodyKind bodyKind() {
        return bodyKind;
    }

    /**
     * The form fields (POST).
     * @return the form fields (POST)
     */
    public Map<String, String> form() {
        return form;
    }

    /**
     * The JSON body, or null.
     * @return the JSON body, or null
     */
    public Object json() {
        return json;
    }

    /**
     * Parameters added only when the request is app-signed (mobi_app, platform ...).
     * @return the parameters added only when the request is app-signed (mobi_app, platform ...)
     */
    public Map<String, String> appParams() {
        return appParams;
    }

    @Override
    public String toString() {
        // Values may be user data but never credentials: those are added by the signers.
        return "ApiRequest[" + route.describe() + " query=" + query.keySet() + " form=" + form.keySet() + (json != null ? " json" : "") + "]";
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final Route route;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> form = new LinkedHashMap<>();
        private final Map<String, String> appParams = new LinkedHashMap<>();
        private Object json;

        private Builder(Route route) {
            this.route = route;
        }

        /**
         * Adds a query parameter.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder query(String name, Object value) {
            query.put(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        /**
         * Adds a query parameter when {@code value} is not null.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder queryIfPresent(String name, Object value) {
            return value == null ? this : query(name, value);
        }

        /**
         * Adds a form field (POST).
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder form(String name, Object value) {
            if (route.method() != Route.Method.POST) {
                throw new IllegalStateException(route.describe() + " is not a POST");
            }
            form.put(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        /**
         * Sets a JSON body (serialised with the client's mapper).
         * @param body the body
         * @return this builder
         */
        public Builder json(Object body) {
            if (route.method() != Route.Method.POST) {
                throw new IllegalStateException(route.describe() + " is not a POST");
            }
            this.json = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Adds a parameter sent only when the request is app-signed.
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder appParam(String name, Object value) {
            appParams.put(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        /**
         * The request.
         * @return the request
         */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
