package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One member's choice to go on informally with a formal mentorship once its program closes; {@code CHOICE_KEY}
 * ("relationshipId:userKey") is unique, so racing clicks make one row. Stored in data: never rename or move.
 */
@Table("PROGRAM_CONTINUE")
public interface ContinuationEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String USER_KEY = "USER_KEY";
    String CHOICE_KEY = "CHOICE_KEY";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    @Unique
    String getChoiceKey();

    void setChoiceKey(String key);
}
