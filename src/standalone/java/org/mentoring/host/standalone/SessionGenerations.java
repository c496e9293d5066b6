package org.mentoring.host.standalone;

import java.util.Map;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;

/** Each person's sign-in generation in the database, read once per signed-in request (a unique-key lookup). */
public final class SessionGenerations {
    private final EntityStore store;
    private final Transactions transactions;

    public SessionGenerations(EntityStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    public int current(String userKey) {
        SessionGenerationEntity[] rows = store.find(SessionGenerationEntity.class, SessionGenerationEntity.USER_KEY + " = ?", userKey);
        return rows.length == 0 ? 0 : rows[0].getGeneration();
    }

    /**
     * Ends every session issued so far to {@code userKey}. Two nodes doing this at once may both write the
     * same next generation: either way every earlier cookie is dead, which is all sign-out promises.
     */
    public void advance(String userKey) {
        try {
            transactions.execute(() -> {
                SessionGenerationEntity[] rows = store.find(SessionGenerationEntity.class,
                        SessionGenerationEntity.USER_KEY + " = ?", userKey);
                if (rows.length == 0) {
                    store.create(SessionGenerationEntity.class,
                            Map.of(SessionGenerationEntity.USER_KEY, userKey, SessionGenerationEntity.GENERATION, 1));
                } else {
                    rows[0].setGeneration(rows[0].getGeneration() + 1);
                    rows[0].save();
                }
                return null;
            });
        } catch (StoreException e) {
            if (!StoreException.isConcurrentWriteConflict(e)) {
                throw e;
            }
            // Another node created the row at the same moment: that already ended the old sessions; move on once more.
            transactions.execute(() -> {
                SessionGenerationEntity row = store.find(SessionGenerationEntity.class,
                        SessionGenerationEntity.USER_KEY + " = ?", userKey)[0];
                row.setGeneration(row.getGeneration() + 1);
                row.save();
                return null;
            });
        }
    }
}
