package org.mentoring.relationship;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of a relationship's history. {@code SEQ} is the relationship revision the change produced;
 * {@code EVENT_KEY} ("id:seq") is unique, which makes the database refuse a second writer working from
 * the same revision: the history doubles as the relationship's optimistic lock.
 * Stored in data: never rename or move.
 */
@Table("REL_EVENT")
public interface RelationshipEventEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String SEQ = "SEQ";
    String EVENT_KEY = "EVENT_KEY";
    String TYPE = "TYPE";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTOR_ROLE = "ACTOR_ROLE";
    String OCCURRED_AT = "OCCURRED_AT";
    String FROM_STATUS = "FROM_STATUS";
    String TO_STATUS = "TO_STATUS";
    String NOTE = "NOTE";
    String NOTE_VISIBILITY = "NOTE_VISIBILITY";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

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
    String getActorRole();

    void setActorRole(String role);

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

    String getNoteVisibility();

    void setNoteVisibility(String visibility);
}
