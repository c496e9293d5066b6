package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reminder that a cohort ends, sent to one member of one mentorship for one end date by the program's own job before
 * program-end reminders became reminders like the others (org.mentoring.reminder.Reminders, which writes its own
 * table): no longer written; the reminders read it so a reminder sent this way is not sent again. The unique
 * {@code REMINDER_KEY} is "programId:endsOn:relationshipId:userKey". Stored in data: never rename or move.
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
