package org.mentoring.host.standalone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Person;

/**
 * Slows down and then briefly locks repeated failed sign-ins (form and HTTP Basic), counted per user name
 * and per client address over the last {@link #WINDOW}. After a few free failures each further attempt
 * must wait twice as long as the one before, up to a cap: short for a user name (whoever guesses it must
 * not keep its owner out for long), long for an address (the guesser). A refused attempt checks no password
 * and does not count, so hammering does not lengthen a lock. Every name locks alike whether or not such a
 * person exists. Failures live in the database ({@link SignInFailureEntity}), so every node counts them.
 */
public final class SignInThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Rule PER_NAME = new Rule(3, Duration.ofSeconds(1), Duration.ofMinutes(1));
    static final Rule PER_ADDRESS = new Rule(10, Duration.ofSeconds(1), WINDOW);
    /** More failures than any key can gather in a window while locks hold; the read stays bounded. */
    private static final int READ_LIMIT = 200;

    /** {@code free} failures cost nothing; the next waits {@code first}, each one after twice as long, at most {@code max}. */
    record Rule(int free, Duration first, Duration max) {
        Duration wait(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration d = first.multipliedBy(1L << doublings);
            return d.compareTo(max) > 0 ? max : d;
        }
    }

    /** What became of an attempt: the person signed in, wrong credentials, or too many failures (try again after {@code wait}). */
    public record Outcome(Person person, Duration retryAfter) {
        public boolean signedIn() {
            return person != null;
        }

        public boolean locked() {
            return retryAfter != null;
        }
    }

    private final EntityStore store;
    private final Clock clock;

    public SignInThrottle(EntityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Runs {@code check} (the password check) unless a lock holds, and counts its failure. */
    public Outcome attempt(String name, String address, Supplier<Optional<Person>> check) {
        String nameKey = key("name", name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
        String addressKey = key("address", address == null ? "" : address);
        long now = clock.millis();
        Optional<Person> person = check.get();
        if (person.isPresent()) {
            SignInFailureEntity[] recent = recent(nameKey, addressKey, now);
            if (recent.length == 0) {
                return new Outcome(person.get(), null);
            }
            long wait = Math.max(wait(recent, nameKey, Long.MAX_VALUE, PER_NAME, now), wait(recent, addressKey, Long.MAX_VALUE, PER_ADDRESS, now));
            if (wait > 0) {
                return locked(wait);
            }
            // The right password forgives the name's failures; the address's stay, or a guesser with an account of their own could reset them.
            store.deleteWithSQL(SignInFailureEntity.class, SignInFailureEntity.THROTTLE_KEY + " = ?", nameKey);
            return new Outcome(person.get(), null);
        }
        // Counted before the lock is checked, so attempts arriving together see each other.
        SignInFailureEntity byName = failure(nameKey, now);
        SignInFailureEntity byAddress = failure(addressKey, now);
        SignInFailureEntity[] recent = recent(nameKey, addressKey, now);
        long wait = Math.max(wait(recent, nameKey, byName.getID(), PER_NAME, now), wait(recent, addressKey, byAddress.getID(), PER_ADDRESS, now));
        if (wait > 0) {
            store.delete(byName, byAddress);
            return locked(wait);
        }
        store.deleteWithSQL(SignInFailureEntity.class, SignInFailureEntity.FAILED_AT + " < ?", now - WINDOW.toMillis());
        return new Outcome(null, null);
    }

    private SignInFailureEntity failure(String key, long now) {
        return store.create(SignInFailureEntity.class, Map.of(SignInFailureEntity.THROTTLE_KEY, key, SignInFailureEntity.FAILED_AT, now));
    }

    private SignInFailureEntity[] recent(String nameKey, String addressKey, long now) {
        return store.find(SignInFailureEntity.class, Query.select()
                .where(SignInFailureEntity.THROTTLE_KEY + " IN (?, ?) AND " + SignInFailureEntity.FAILED_AT + " > ?",
                        nameKey, addressKey, now - WINDOW.toMillis())
                .order("ID DESC").limit(READ_LIMIT));
    }

    /** Milliseconds still to wait, judged by the failures of {@code key} recorded before row {@code beforeId}. */
    private static long wait(SignInFailureEntity[] recent, String key, long beforeId, Rule rule, long now) {
        int failures = 0;
        long last = Long.MIN_VALUE;
        for (SignInFailureEntity f : recent) {
            if (f.getThrottleKey().equals(key) && f.getID() < beforeId) {
                failures++;
                last = Math.max(last, f.getFailedAt());
            }
        }
        return failures == 0 ? 0 : Math.max(0, last + rule.wait(failures).toMillis() - now);
    }

    private static Outcome locked(long waitMillis) {
        return new Outcome(null, Duration.ofMillis(waitMillis));
    }

    /** Forgets the failed sign-ins recorded against {@code name} (erasing the person). */
    void forget(String name) {
        store.deleteWithSQL(SignInFailureEntity.class, SignInFailureEntity.THROTTLE_KEY + " = ?",
                key("name", name == null ? "" : name.strip().toLowerCase(Locale.ROOT)));
    }

    private static String key(String kind, String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
