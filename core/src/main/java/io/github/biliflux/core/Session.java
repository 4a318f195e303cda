package io.github.biliflux.core;

import io.github.biliflux.core.internal.SessionCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A web session whose cookies change while a client runs: build the client with
 * {@code BiliClient.builder().session(session)} and every attempt sends the newest cookies. With a
 * {@link Refresher} (the passport module's {@code PassportClient.keepFresh(session)}) the session asks
 * the service at most once per {@link #checkEvery(Duration) check interval} (default one day) whether
 * the cookies need a refresh, and refreshes them, once for all concurrent callers, before the calls
 * that were waiting go out. Every change is saved to the {@link CredentialStore}; the old cookies stay
 * in use until the refreshed ones are confirmed. Thread-safe. Secrets never appear in
 * {@link #toString()} or in logs.
 */
public final class Session implements CredentialSource {

    private static final Logger log = LoggerFactory.getLogger(Session.class);

    /** Refreshes a session: reads its state, talks to the service and saves each step with {@link #save}. */
    @FunctionalInterface
    public interface Refresher {
        /**
         * Checks and, when needed, refreshes {@code session}.
         *
         * @param session the session
         * @return completes when done
         */
        Mono<Void> refresh(Session session);
    }

    private final CredentialStore store;
    private final AtomicReference<SessionState> state;
    private final AtomicReference<Mono<Void>> flight = new AtomicReference<>();
    private volatile Refresher refresher;
    private volatile Duration checkEvery = Duration.ofDays(1);
    private volatile Duration retryAfterFailure = Duration.ofHours(1);
    private volatile Clock clock = Clock.systemUTC();
    private volatile Instant notBefore = Instant.EPOCH;

    private Session(CredentialStore store, SessionState initial) {
        this.store = store;
        this.state = new AtomicReference<>(initial);
    }

    /**
     * A session kept in memory only.
     *
     * @param credentials  the cookies
     * @param refreshToken the refresh token (the {@code ac_time_value} cookie, or the QR login's)
     * @return the session
     */
    public static Session of(Credentials.Cookie credentials, String refreshToken) {
        CredentialStore store = CredentialStore.inMemory();
        SessionState s = SessionState.of(credentials, refreshToken);
        store.save(s);
        return new Session(store, s);
    }

    /**
     * The session saved in {@code store}. Blocks for the read: call it at start-up, not on a Reactor thread.
     *
     * @param store the store
     * @return the session
     * @throws IllegalStateException when the store holds no session
     */
    public static Session open(CredentialStore store) {
        Objects.requireNonNull(store, "store");
        SessionState s = store.load().orElseThrow(() -> new IllegalStateException("no session saved in " + store));
        return new Session(store, s);
    }

    /**
     * The session saved in {@code store}, or {@code initial} (then saved) when it holds none.
     *
     * @param store   the store
     * @param initial the state to start with when the store is empty
     * @return the session
     */
    public static Session open(CredentialStore store, SessionState initial) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(initial, "initial");
        SessionState s = store.load().orElse(null);
        if (s == null) {
            store.save(initial);
            s = initial;
        }
        return new Session(store, s);
    }

    /**
     * Sets who refreshes this session; without one it never refreshes by itself.
     *
     * @param refresher the refresher
     * @return this session
     */
    public Session refresher(Refresher refresher) {
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        return this;
    }

    /**
     * How often the service is asked whether a refresh is needed, 1 minute .. 30 days (default 1 day).
     *
     * @param interval the interval
     * @return this session
     */
    public Session checkEvery(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("interval must be in 1 minute .. 30 days, was " + interval);
        }
        this.checkEvery = interval;
        this.retryAfterFailure = interval.compareTo(Duration.ofHours(1)) < 0 ? interval : Duration.ofHours(1);
        return this;
    }

    /**
     * The clock that decides when a check is due (default the system's).
     *
     * @param clock the clock
     * @return this session
     */
    public Session clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * The cookies in use: until a refresh is confirmed, the old ones.
     *
     * @return the current cookies
     */
    @Override
    public Credentials.Cookie current() {
        return state.get().credentials();
    }

    /**
     * The whole state.
     *
     * @return the state
     */
    public SessionState state() {
        return state.get();
    }

    /**
     * The refresh token of the cookies in use. Secret.
     *
     * @return the refresh token
     */
    public String refreshToken() {
        return state.get().refreshToken();
    }

    /**
     * The clock of this session.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Saves {@code next} to the store (off the Reactor threads), then makes it the state in use.
     *
     * @param next the new state
     * @return completes when saved
     */
    public Mono<Void> save(SessionState next) {
        Objects.requireNonNull(next, "next");
        return Mono.fromRunnable(() -> {
            store.save(next);
            state.set(next);
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** Whether a check (or the recovery of a pending refresh) is due now. */
    boolean due() {
        SessionState s = state.get();
        Instant now = clock.instant();
        if (now.isBefore(notBefore)) {
            return false;
        }
        return s.pending() != null || !now.isBefore(s.checkedAt().plus(checkEvery));
    }

    @Override
    public Mono<Void> ready() {
        return SessionCalls.unlessInside(() -> refresher != null && due() ? refreshNow() : Mono.empty());
    }

    /**
     * Runs the refresher now, whether due or not; concurrent callers share one run. A failure is
     * logged (without secrets) and the next attempt waits an hour (or the check interval when shorter);
     * the calls go on with the cookies in use.
     *
     * @return completes when the run ends
     */
    public Mono<Void> refreshNow() {
        Refresher r = refresher;
        if (r == null) {
            return Mono.error(new IllegalStateException("no refresher set on this session"));
        }
        return Mono.defer(() -> {
            Mono<Void> current = flight.get();
            if (current != null) {
                return current;
            }
            Mono<Void> run = SessionCalls.inside(Mono.defer(() -> r.refresh(this)))
                    .onErrorResume(e -> {
                        notBefore = clock.instant().plus(retryAfterFailure);
                        log.warn("session refresh failed, the current cookies stay in use: {}", e.toString());
                        return Mono.empty();
                    })
                    .doFinally(sig -> flight.set(null))
                    .cache();
            if (!flight.compareAndSet(null, run)) {
                return Mono.defer(() -> {
                    Mono<Void> other = flight.get();
                    return other != null ? other : Mono.empty();
                });
            }
            return run;
        });
    }

    @Override
    public String toString() {
        return "Session[" + state.get() + ", " + store + "]";
    }
}
