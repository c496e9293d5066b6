package org.mentoring.host.standalone;

import java.util.Map;
import java.util.Optional;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Settings;
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

    /**
     * Stores {@code value} unless the key is set already (by this node or another); returns the stored value.
     * Two nodes racing: the loser's insert hits the unique name, its transaction runs again and reads the winner's.
     */
    public String putIfAbsent(String key, String value) {
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        return transactions.execute(() -> get(key).orElseGet(() -> {
            store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, key, StandaloneSettingEntity.VALUE, value));
            return value;
        }));
    }
}
