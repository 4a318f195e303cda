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
    public enum BodyKind { /** No body (a GET). */ NONE, /** Form fields (a POST). */ FORM, /** A JSON value (a POST). */ JSON }

    private final Route route;
    private final Map<String, String> query;
    private final BodyKind bodyKind;
    private final Map<String, String> form;
    private final Object json;
    private final Map<String, String> appParams;
    private final Credentials credentials;

    private ApiRequest(Builder b) {
        this.credentials = b.credentials;
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
     *
     * @return the route this request is sent to
     */
    public Route route() {
        return route;
    }

    /**
     * The host.
     *
     * @return the host of the route
     */
    public Host host() {
        return route.host();
    }

    /**
     * GET or POST.
     *
     * @return the HTTP method of the route
     */
    public Route.Method method() {
        return route.method();
    }

    /**
     * The path.
     *
     * @return the path of the route, without host or query
     */
    public String path() {
        return route.path();
    }

    /**
     * The login the route needs.
     *
     * @return the login the route needs
     */
    public Auth auth() {
        return route.auth();
    }

    /**
     * Whether re-sending is harmless.
     *
     * @return true when sending the request twice does no harm (reads), so a failed attempt may be retried
     */
    public boolean idempotent() {
        return route.idempotent();
    }

    /**
     * The envelope to expect.
     *
     * @return the envelope the answer is decoded from
     */
    public Envelope envelope() {
        return route.envelope();
    }

    /**
     * The query parameters, in insertion order.
     *
     * @return the query parameters, unmodifiable (empty when none)
     */
    public Map<String, String> query() {
        return query;
    }

    /**
     * The kind of body: a form for POSTs, JSON when one was given, none for GETs.
     *
     * @return the kind of body
     */
    public BodyKind bodyKind() {
        return bodyKind;
    }

    /**
     * The form fields (POST).
     *
     * @return the form fields, unmodifiable (empty for a GET or a JSON body)
     */
    public Map<String, String> form() {
        return form;
    }

    /**
     * The JSON body, or null.
     *
     * @return the value serialised as the JSON body, or null when the body is not JSON
     */
    public Object json() {
        return json;
    }

    /**
     * Parameters added only when the request is app-signed (mobi_app, platform ...).
     *
     * @return the app-only parameters, unmodifiable (empty when none)
     */
    public Map<String, String> appParams() {
        return appParams;
    }

    /**
     * The credentials this one request is sent with instead of the client's, or null (the client's).
     *
     * @return the request's own credentials, or null
     */
    public Credentials credentials() {
        return credentials;
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
        private Credentials credentials;

        private Builder(Route route) {
            this.route = route;
        }

        /**
         * Adds a query parameter.
         *
         * @param name  the query parameter's name, as sent
         * @param value the parameter's value, sent as its {@code String.valueOf}; not null
         * @return this builder
         */
        public Builder query(String name, Object value) {
            query.put(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        /**
         * Adds a query parameter when {@code value} is not null.
         *
         * @param name  the query parameter's name, as sent
         * @param value the parameter's value, sent as its {@code String.valueOf}; null adds nothing
         * @return this builder
         */
        public Builder queryIfPresent(String name, Object value) {
            return value == null ? this : query(name, value);
        }

        /**
         * Adds a form field (POST).
         *
         * @param name  the form field's name, as sent
         * @param value the field's value, sent as its {@code String.valueOf}; not null
         * @return this builder
         * @throws IllegalStateException when the route is not a POST
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
         *
         * @param body the value to serialise as the body; not null
         * @return this builder
         * @throws IllegalStateException when the route is not a POST
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
         *
         * @param name  the parameter's name, as sent
         * @param value the parameter's value, sent as its {@code String.valueOf}; not null
         * @return this builder
         */
        public Builder appParam(String name, Object value) {
            appParams.put(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name)));
            return this;
        }

        /**
         * Sends this one request with {@code credentials} instead of the client's (the confirmation
         * of a cookie refresh goes out with the new cookies while the client still holds the old).
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * The request.
         *
         * @return the immutable request built from this builder's route, parameters and body
         */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
