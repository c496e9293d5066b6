package org.mentoring.reminder;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One reminder that went out: its occurrence key ("PROPOSAL_WAITING:42:u-zoe") is unique, so whichever node or run
 * inserts it first sends it and every other one finds it taken. Stored in data: never rename or move.
 */
@Table("REMINDER_SENT")
public interface ReminderSentEntity extends Entity {
    String OCCURRENCE_KEY = "OCCURRENCE_KEY";
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Unique
    String getOccurrenceKey();

    void setOccurrenceKey(String key);

    @NotNull
    String getRecipientKey();

    void setRecipientKey(String key);

    @NotNull
    @Indexed
    long getSentAt();

    void setSentAt(long epochMillis);
}
