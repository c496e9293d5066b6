package org.mentoring.upgrade;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;

/** Every schema change since 1.0.0, oldest first. 1.0.0 is the baseline. See {@link SchemaUpgrade} for the recipe. */
public final class SchemaUpgrades {
    /** The model version of the 1.0.0 schema (src/test/resources/schema-baseline/1.0.0.script). */
    public static final int BASELINE = 1;
    public static final List<SchemaUpgrade> ALL = List.of(
            // 1.1: programs where mentees or mentors choose keep applications and the claims that settle races over them.
            newTables(2, org.mentoring.program.ApplicationEntity.class, org.mentoring.program.ApplicationClaimEntity.class),
            // The directory's ranking inputs in one column of PROFILE, filled on existing profiles.
            new org.mentoring.upgrade.v3.ProfileRankingUpgrade());

    private SchemaUpgrades() {
    }

    /** The model version the current entities describe. */
    public static int current() {
        return ALL.isEmpty() ? BASELINE : ALL.get(ALL.size() - 1).modelVersion();
    }

    /** The steps a database at {@code stored} still needs, in order. */
    public static List<SchemaUpgrade> after(int stored) {
        return after(ALL, stored);
    }

    static List<SchemaUpgrade> after(List<SchemaUpgrade> steps, int stored) {
        return steps.stream().filter(u -> u.modelVersion() > stored).toList();
    }

    /** The step for {@code modelVersion} in {@link #ALL}. */
    public static SchemaUpgrade at(int modelVersion) {
        return ALL.stream().filter(u -> u.modelVersion() == modelVersion).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No schema upgrade to model version " + modelVersion));
    }

    /** A step that only adds tables: it creates them (empty), nothing to move. */
    @SafeVarargs
    public static SchemaUpgrade newTables(int modelVersion, Class<? extends RawEntity<?>>... entities) {
        List<Class<? extends RawEntity<?>>> added = List.of(entities);
        return new SchemaUpgrade() {
            @Override
            public int modelVersion() {
                return modelVersion;
            }

            @Override
            public void upgrade(UpgradeStore store) {
                store.migrate(added.toArray(new Class[0]));
            }

            @Override
            public List<Class<? extends RawEntity<?>>> introduces() {
                return added;
            }

            @Override
            public String toString() {
                return "new tables " + added + " (model version " + modelVersion + ")";
            }
        };
    }

    /**
     * The entities of an earlier model version: {@code current} with each later step undone, newest first (its new
     * entities left out, its changed ones back to their frozen copies).
     */
    public static List<Class<? extends RawEntity<?>>> entitiesAt(int modelVersion, List<SchemaUpgrade> steps,
            List<Class<? extends RawEntity<?>>> current) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(current);
        List<SchemaUpgrade> later = new ArrayList<>(after(steps, modelVersion));
        java.util.Collections.reverse(later);
        for (SchemaUpgrade step : later) {
            entities.removeAll(step.introduces());
            step.replaces().forEach((after, before) -> entities.replaceAll(e -> e.equals(after) ? before : e));
        }
        return entities;
    }
}
