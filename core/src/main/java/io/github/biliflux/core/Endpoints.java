package io.github.biliflux.core;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The base URI of each {@link Host}. {@link #production()} is HTTPS only; {@link #singleBase(URI)}
 * points every host at one server, such as the BiliEmulator, whose paths do not collide.
 */
public final class Endpoints {

    private final Map<Host, URI> bases;

    private Endpoints(Map<Host, URI> bases) {
        this.bases = Map.copyOf(bases);
    }

    /**
     * The live service, over HTTPS only.
     * @return the live service, over HTTPS only
     */
    public static Endpoints production() {
        Map<Host, URI> m = new EnumMap<>(Host.class);
        m.put(Host.API, URI.create("https://api.bilibili.com"));
        m.put(Host.WWW, URI.create("https://www.bilibili.com"));
        m.put(Host.PASSPORT, URI.create("https://passport.bilibili.com"));
        m.put(Host.MANGA, URI.create("https://manga.bilibili.com"));
        return new Endpoints(m);
    }

    /**
     * Every host at one base URI (scheme, host and port; no path).
     * @param base the base
     * @return this, for chaining
     */
    public static Endpoints singleBase(URI base) {
        URI b = checkBase(Objects.requireNonNull(base, "base"), "base");
        Map<Host, URI> m = new EnumMap<>(Host.class);
        for (Host h : Host.values()) {
            m.put(h, b);
        }
        return new Endpoints(m);
    }

    /**
     * A copy of these endpoints with {@code host} at {@code base}.
     * @param host the host
     * @param base the base
     * @return a copy of these endpoints with {@code host} at {@code base}
     */
    public Endpoints with(Host host, URI base) {
        Map<Host, URI> m = new EnumMap<>(bases);
        m.put(Objects.requireNonNull(host, "host"), checkBase(Objects.requireNonNull(base, "base"), "base"));
        return new Endpoints(m);
    }

    /**
     * The base URI of {@code host}.
     * @param host the host
     * @return the base URI of {@code host}
     */
    public URI base(Host host) {
        return bases.get(host);
    }

    /**
     * Whether every host is reached over HTTPS.
     * @return whether every host is reached over HTTPS
     */
    public boolean httpsOnly() {
        return bases.values().stream().allMatch(u -> "https".equals(u.getScheme()));
    }

    private static URI checkBase(URI base, String name) {
        String scheme = base.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(name + " must be an http or https URI, was " + base);
        }
        if (base.getHost() == null) {
            throw new IllegalArgumentException(name + " must name a host, was " + base);
        }
        int port = base.getPort();
        if (port != -1 && (port < 10 || port > 65535)) {
            // Reactor Netty's URI parsing reads a one-digit port as part of the host name (and then
            // fails to resolve "host:1"): refused here, with the reason, before anything is sent.
            throw new IllegalArgumentException(name + "'s port must be in 10..65535 (or left out), was " + port);
        }
        String path = base.getRawPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            throw new IllegalArgumentException(name + " must have no path, was " + base);
        }
        return URI.create(scheme + "://" + base.getRawAuthority());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoints e && e.bases.equals(bases);
    }

    @Override
    public int hashCode() {
        return bases.hashCode();
    }

    @Override
    public String toString() {
        return "Endpoints" + new java.util.TreeMap<>(bases);
    }
}
