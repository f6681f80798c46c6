package procedo.modeler.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed status look-ups per client address and per dossier number over a sliding window, so that codes
 * cannot be guessed: past {@link #PER_ADDRESS} failures from one address, or {@link #PER_NUMBER} for one number,
 * within {@link #WINDOW}, look-ups are refused until the oldest failure leaves the window. Kept in memory (each
 * node counts its own).
 */
public final class LookupAttempts {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int PER_ADDRESS = 10;
    public static final int PER_NUMBER = 5;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LookupAttempts(Clock clock) {
        this.clock = clock;
    }

    /** When look-ups from {@code address} or for {@code number} may resume, if they are blocked now. */
    public synchronized Optional<Instant> blockedUntil(String address, String number) {
        Instant now = clock.instant();
        Optional<Instant> byAddress = until(failures.get("a:" + address), PER_ADDRESS, now);
        Optional<Instant> byNumber = until(failures.get("n:" + number), PER_NUMBER, now);
        if (byAddress.isPresent() && byNumber.isPresent()) {
            return Optional.of(byAddress.get().isAfter(byNumber.get()) ? byAddress.get() : byNumber.get());
        }
        return byAddress.isPresent() ? byAddress : byNumber;
    }

    public synchronized void failed(String address, String number) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(WINDOW)));
        }
        failures.computeIfAbsent("a:" + address, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("n:" + number, k -> new ArrayDeque<>()).addLast(now);
    }

    private static Optional<Instant> until(Deque<Instant> times, int limit, Instant now) {
        if (times == null) {
            return Optional.empty();
        }
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
        return times.size() < limit ? Optional.empty() : Optional.of(times.peekFirst().plus(WINDOW));
    }
}
