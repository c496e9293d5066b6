package org.mentoring.goal;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A check-in on a goal: progress so far and a note with its visibility. Stored in data: never rename or move. */
@Table("GOAL_CHECKIN")
public interface GoalCheckInEntity extends Entity {
    String GOAL_ID = "GOAL_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CHECKED_ON = "CHECKED_ON";
    String RECORDED_AT = "RECORDED_AT";
    String PROGRESS = "PROGRESS";
    String NOTE = "NOTE";
    String NOTE_VISIBILITY = "NOTE_VISIBILITY";

    @NotNull
    @Indexed
    long getGoalId();

    void setGoalId(long id);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String key);

    @NotNull
    String getCheckedOn();

    void setCheckedOn(String isoDate);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long epochMillis);

    @NotNull
    int getProgress();

    void setProgress(int percent);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    String getNoteVisibility();

    void setNoteVisibility(String visibility);
}
