package org.mentoring.host.standalone;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/**
 * Where {@link InMemoryUserDirectory} keeps what administrators changed of its people's active flags: in the database
 * ({@link #stored}, what the standalone host uses, so every node sees a deactivation at once), or, for a directory
 * used without the host (unit tests), in memory.
 */
interface ActiveFlags {
    /** The flag an administrator set for {@code userKey}, if any. */
    Optional<Boolean> get(String userKey);

    /** Every flag an administrator set (one read: only the people someone changed). */
    Map<String, Boolean> all();

    /** Sets {@code userKey}'s flag. */
    void set(String userKey, boolean active);

    static ActiveFlags inMemory() {
        Map<String, Boolean> flags = new ConcurrentHashMap<>();
        return new ActiveFlags() {
            @Override
            public Optional<Boolean> get(String userKey) {
                return Optional.ofNullable(flags.get(userKey));
            }

            @Override
            public Map<String, Boolean> all() {
                return Map.copyOf(flags);
            }

            @Override
            public void set(String userKey, boolean active) {
                flags.put(userKey, active);
            }
        };
    }

    static ActiveFlags stored(EntityStore store, Transactions transactions) {
        return new ActiveFlags() {
            @Override
            public Optional<Boolean> get(String userKey) {
                UserActiveEntity[] rows = store.find(UserActiveEntity.class, UserActiveEntity.USER_KEY + " = ?", userKey);
                return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].isActive());
            }

            @Override
            public Map<String, Boolean> all() {
                Map<String, Boolean> flags = new java.util.HashMap<>();
                for (UserActiveEntity row : store.find(UserActiveEntity.class, "ID > ?", 0L)) {
                    flags.put(row.getUserKey(), row.isActive());
                }
                return flags;
            }

            @Override
            public void set(String userKey, boolean active) {
                try {
                    write(userKey, active);
                } catch (StoreException e) {
                    if (!StoreException.isConcurrentWriteConflict(e)) {
                        throw e;
                    }
                    // Another node created the row at the same moment: it exists now; set it once more.
                    write(userKey, active);
                }
            }

            private void write(String userKey, boolean active) {
                transactions.execute(() -> {
                    UserActiveEntity[] rows = store.find(UserActiveEntity.class, UserActiveEntity.USER_KEY + " = ?", userKey);
                    if (rows.length == 0) {
                        store.create(UserActiveEntity.class, Map.of(UserActiveEntity.USER_KEY, userKey, UserActiveEntity.ACTIVE, active));
                    } else {
                        rows[0].setActive(active);
                        rows[0].save();
                    }
                    return null;
                });
            }
        };
    }
}
