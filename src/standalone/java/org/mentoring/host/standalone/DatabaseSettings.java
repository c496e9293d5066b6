package org.mentoring.host.standalone;

import java.util.Map;
import java.util.Optional;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Settings;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/** Settings in the database, shared by every standalone node on it. */
public final class DatabaseSettings implements Settings {
    private final EntityStore store;
    private final Transactions transactions;

    public DatabaseSettings(EntityStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public Optional<String> get(String key) {
        StandaloneSettingEntity[] rows = store.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", key);
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getValue());
    }

    @Override
    public void put(String key, String value) {
        transactions.execute(() -> {
            StandaloneSettingEntity[] rows = store.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", key);
            if (rows.length > 0) {
                rows[0].setValue(value);
                rows[0].save();
            } else {
                store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, key, StandaloneSettingEntity.VALUE, value));
            }
            return null;
        });
    }

    /** Stores {@code value} unless the key is set already (by this node or another); returns the stored value. */
    public String putIfAbsent(String key, String value) {
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            transactions.execute(() -> store.create(StandaloneSettingEntity.class,
                    Map.of(StandaloneSettingEntity.NAME, key, StandaloneSettingEntity.VALUE, value)));
            return value;
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                return winnersValue(key);
            }
            throw e;
        }
    }

    /** Another node inserted the key first; some databases report that before its transaction commits. */
    private String winnersValue(String key) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<String> value = get(key);
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Setting " + key + " was claimed by another node but never became visible");
    }
}
