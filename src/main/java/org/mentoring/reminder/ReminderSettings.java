package org.mentoring.reminder;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.Problems;
import org.mentoring.host.Settings;

/**
 * Reminder timings, in the host's settings (shared by every node): a default for each, what administrators set, and
 * per program what its administrators override. A stored value that is garbled or out of range counts as unset.
 */
public final class ReminderSettings {
    static final String PREFIX = "org.mentoring.reminder.";

    /** The timings in force for one program (or for informal mentorships), by threshold. */
    public record Timings(Map<Threshold, Integer> days) {
        public int of(Threshold t) {
            return days.get(t);
        }

        /** As JSON: field name → days, in the thresholds' order. */
        public Map<String, Integer> json() {
            Map<String, Integer> out = new LinkedHashMap<>();
            days.forEach((t, d) -> out.put(t.field(), d));
            return out;
        }
    }

    private final Settings settings;

    public ReminderSettings(Settings settings) {
        this.settings = settings;
    }

    /** What administrators set for everyone, defaults filled in. */
    public Timings global() {
        Map<Threshold, Integer> days = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            days.put(t, read(key(t, null)).orElse(t.defaultDays()));
        }
        return new Timings(days);
    }

    /** The timings of a program's mentorships and events: its overrides over the global ones; null means no program. */
    public Timings forProgram(Long programId) {
        Timings global = global();
        if (programId == null) {
            return global;
        }
        Map<Threshold, Integer> days = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            days.put(t, read(key(t, programId)).orElse(global.of(t)));
        }
        return new Timings(days);
    }

    /** Only what the program overrides (absent: it follows the global timing). */
    public Map<String, Integer> overrides(long programId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Threshold t : Threshold.values()) {
            out.put(t.field(), read(key(t, programId)).orElse(null));
        }
        return out;
    }

    /**
     * Sets the named thresholds (field → days); {@code programId} null sets the global ones, where a null value keeps
     * the stored one; for a program a null value removes its override. Anything unknown or out of range is a 400
     * naming it, and nothing is written.
     */
    public void update(Long programId, Map<String, Integer> changes) {
        Problems problems = new Problems();
        Map<Threshold, Integer> parsed = new EnumMap<>(Threshold.class);
        Map<Threshold, Boolean> cleared = new EnumMap<>(Threshold.class);
        for (Map.Entry<String, Integer> change : changes.entrySet()) {
            Optional<Threshold> t = byField(change.getKey());
            if (t.isEmpty()) {
                problems.add(change.getKey(), "mentoring.error.json.unknown");
            } else if (change.getValue() == null) {
                cleared.put(t.get(), true);
            } else {
                problems.checkRange(change.getKey(), change.getValue(), t.get().min(), t.get().max());
                parsed.put(t.get(), change.getValue());
            }
        }
        problems.throwIfAny();
        parsed.forEach((t, days) -> settings.put(key(t, programId), Integer.toString(days)));
        if (programId != null) {
            cleared.keySet().forEach(t -> settings.put(key(t, programId), ""));
        }
    }

    static Optional<Threshold> byField(String field) {
        for (Threshold t : Threshold.values()) {
            if (t.field().equals(field)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String key(Threshold t, Long programId) {
        return PREFIX + t.field() + (programId == null ? "" : ".program." + programId);
    }

    private Optional<Integer> read(String key) {
        Optional<String> stored = settings.get(key);
        if (stored.isEmpty() || stored.get().isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(stored.get().strip());
            Threshold t = byField(key.substring(PREFIX.length()).replaceAll("\\.program\\..*", "")).orElseThrow();
            return value < t.min() || value > t.max() ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
