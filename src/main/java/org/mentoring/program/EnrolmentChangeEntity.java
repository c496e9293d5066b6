package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One change of an enrolment's status (approved, declined, withdrawn), by whom and when. An enrolment leaves each
 * status at most once, so {@code CHANGE_KEY} ("enrolmentId:fromStatus") is unique: of two racing decisions (a manager
 * approving while the person withdraws) one wins and the other is run again against the winner's status.
 * Stored in data: never rename or move.
 */
@Table("ENROL_CHANGE")
public interface EnrolmentChangeEntity extends Entity {
    String ENROLMENT_ID = "ENROLMENT_ID";
    String CHANGE_KEY = "CHANGE_KEY";
    String FROM_STATUS = "FROM_STATUS";
    String TO_STATUS = "TO_STATUS";
    String ACTOR_KEY = "ACTOR_KEY";
    String OCCURRED_AT = "OCCURRED_AT";

    @NotNull
    @Indexed
    long getEnrolmentId();

    void setEnrolmentId(long id);

    @NotNull
    @Unique
    String getChangeKey();

    void setChangeKey(String key);

    @NotNull
    @StringLength(20)
    String getFromStatus();

    void setFromStatus(String status);

    @NotNull
    @StringLength(20)
    String getToStatus();

    void setToStatus(String status);

    @NotNull
    String getActorKey();

    void setActorKey(String key);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long epochMillis);
}
