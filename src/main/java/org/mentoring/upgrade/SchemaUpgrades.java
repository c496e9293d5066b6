package org.mentoring.upgrade;

import java.util.List;

/** Every schema change since 1.0.0, oldest first. 1.0.0 is the baseline: nothing to run yet. */
public final class SchemaUpgrades {
    /** The model version of the 1.0.0 schema (src/test/resources/schema-baseline/1.0.0.script). */
    public static final int BASELINE = 1;
    public static final List<SchemaUpgrade> ALL = List.of(new ApplicationsUpgrade());

    private SchemaUpgrades() {
    }

    /** The model version the current entities describe. */
    public static int current() {
        return ALL.isEmpty() ? BASELINE : ALL.get(ALL.size() - 1).modelVersion();
    }

    /** The steps a database at {@code stored} still needs, in order. */
    public static List<SchemaUpgrade> after(int stored) {
        return ALL.stream().filter(u -> u.modelVersion() > stored).toList();
    }
}
