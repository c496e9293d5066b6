package org.mentoring.privacy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.mentoring.host.EntityStore;

/**
 * Rewrites user-key columns through the entities' own setters (Active Objects has no UPDATE statement), a batch at a
 * time, so one person with many rows never loads them all at once.
 */
public final class KeyRewrite {
    private static final int BATCH = 200;

    private final EntityStore store;

    public KeyRewrite(EntityStore store) {
        this.store = store;
    }

    /** Rows of {@code column} that hold {@code userKey}. */
    public int count(KeyColumn column, String userKey) {
        return store.count(cast(column.entity()), Query.select().where(column.column() + " = ?", userKey));
    }

    /** Sets {@code column} to {@code newKey} wherever it holds {@code oldKey}; answers how many rows changed. */
    public int rewrite(KeyColumn column, String oldKey, String newKey) {
        Method setter = setter(column);
        int changed = 0;
        while (true) {
            RawEntity<?>[] rows = store.find(cast(column.entity()),
                    Query.select().where(column.column() + " = ?", oldKey).limit(BATCH));
            if (rows.length == 0) {
                return changed;
            }
            for (RawEntity<?> row : rows) {
                invoke(setter, row, newKey);
                row.save();
                changed++;
            }
        }
    }

    /** {@code MENTOR_KEY} is written by {@code setMentorKey(String)}, as Active Objects' name converter has it. */
    static Method setter(KeyColumn column) {
        StringBuilder name = new StringBuilder("set");
        for (String word : column.column().toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        try {
            return column.entity().getMethod(name.toString(), String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(column.entity().getSimpleName() + " has no " + name + "(String) for " + column.column(), e);
        }
    }

    private static void invoke(Method setter, RawEntity<?> row, String value) {
        try {
            setter.invoke(row, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class cast(Class<? extends RawEntity<?>> type) {
        return type;
    }
}
