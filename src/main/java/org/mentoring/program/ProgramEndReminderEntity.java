package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reminder that a cohort ends, sent to one member of one mentorship for one end date: the unique
 * {@code REMINDER_KEY} ("programId:endsOn:relationshipId:userKey") makes it once per occurrence, whichever node runs
 * the job and however often. Stored in data: never rename or move.
 */
@Table("PROGRAM_END_REMIND")
public interface ProgramEndReminderEntity extends Entity {
    String REMINDER_KEY = "REMINDER_KEY";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Unique
    String getReminderKey();

    void setReminderKey(String key);

    @NotNull
    long getSentAt();

    void setSentAt(long epochMillis);
}
