package org.mentoring.relationship;

import net.java.ao.schema.Indexed;
import org.mentoring.history.HistoryEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One entry of a relationship's history. {@code SEQ} is the relationship revision the change produced;
 * {@code EVENT_KEY} ("id:seq") is unique, which makes the database refuse a second writer working from
 * the same revision: the history doubles as the relationship's optimistic lock.
 * Stored in data: never rename or move.
 */
@Table("REL_EVENT")
public interface RelationshipEventEntity extends HistoryEntity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String ACTOR_ROLE = "ACTOR_ROLE";
    String NOTE_VISIBILITY = "NOTE_VISIBILITY";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    String getActorRole();

    void setActorRole(String role);

    String getNoteVisibility();

    void setNoteVisibility(String visibility);
}
