package org.mentoring.history;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * The columns every history table shares (a relationship's, a goal's): each entry is revision {@code SEQ} of what it
 * records, and {@code EVENT_KEY} ("id:seq") is unique, so two writers working from the same revision cannot both
 * succeed: the history doubles as the optimistic lock. Not a table itself; the tables extend it.
 */
public interface HistoryEntity extends Entity {
    String SEQ = "SEQ";
    String EVENT_KEY = "EVENT_KEY";
    String TYPE = "TYPE";
    String ACTOR_KEY = "ACTOR_KEY";
    String OCCURRED_AT = "OCCURRED_AT";
    String FROM_STATUS = "FROM_STATUS";
    String TO_STATUS = "TO_STATUS";
    String NOTE = "NOTE";

    @NotNull
    int getSeq();

    void setSeq(int seq);

    @NotNull
    @Unique
    String getEventKey();

    void setEventKey(String key);

    @NotNull
    String getType();

    void setType(String type);

    String getActorKey();

    void setActorKey(String key);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long epochMillis);

    String getFromStatus();

    void setFromStatus(String status);

    String getToStatus();

    void setToStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
