package org.mentoring.network;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.mentoring.history.HistoryEntity;

/**
 * An introduction's history: one entry per change, numbered by the introduction's revision. The unique event key
 * makes two changes from the same revision impossible (the loser runs again, then 409). Stored in data: never rename.
 */
@Table("INTRO_EVENT")
public interface IntroductionEventEntity extends HistoryEntity {
    String INTRODUCTION_ID = "INTRODUCTION_ID";

    @NotNull
    @Indexed
    long getIntroductionId();

    void setIntroductionId(long id);
}
