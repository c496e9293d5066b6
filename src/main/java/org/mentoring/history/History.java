package org.mentoring.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.error.ConflictException;
import org.mentoring.error.Problem;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;

/** Appends history entries: the one place that turns a lost revision (its unique key taken) into 409. */
public final class History {
    private History() {
    }

    /** What one entry says, whatever it is the history of. */
    public record Entry(int seq, String type, String actorKey, Instant at, String from, String to, String note) {
    }

    /**
     * Writes {@code entry} as revision {@code entry.seq()} of the row {@code ownerId} in {@code ownerColumn}, with the
     * table's own columns in {@code extra}. A concurrent writer that already wrote that revision wins: 409.
     */
    public static <T extends HistoryEntity> T append(EntityStore store, Class<T> table, String ownerColumn, long ownerId, Entry entry,
                                                     Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(extra);
        values.put(ownerColumn, ownerId);
        values.put(HistoryEntity.SEQ, entry.seq());
        values.put(HistoryEntity.EVENT_KEY, ownerId + ":" + entry.seq());
        values.put(HistoryEntity.TYPE, entry.type());
        values.put(HistoryEntity.ACTOR_KEY, entry.actorKey());
        values.put(HistoryEntity.OCCURRED_AT, entry.at().toEpochMilli());
        values.put(HistoryEntity.FROM_STATUS, entry.from());
        values.put(HistoryEntity.TO_STATUS, entry.to());
        values.put(HistoryEntity.NOTE, entry.note());
        try {
            return store.create(table, values);
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                throw new ConflictException(Problem.of("version", "mentoring.error.concurrent"));
            }
            throw e;
        }
    }
}
