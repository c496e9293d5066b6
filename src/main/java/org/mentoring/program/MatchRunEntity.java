package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One run of a program's manager matching: who ran it, when, what it found; {@code RUN_KEY} ("programId:seq") is
 * unique, so two managers running at once number their runs apart. Stored in data: never rename or move.
 */
@Table("MATCH_RUN")
public interface MatchRunEntity extends Entity {
    String PROGRAM_ID = "PROGRAM_ID";
    String SEQ = "SEQ";
    String RUN_KEY = "RUN_KEY";
    String RAN_BY = "RAN_BY";
    String RAN_AT = "RAN_AT";
    String MATCHED = "MATCHED";
    String UNMATCHED = "UNMATCHED";
    String TOTAL_SCORE = "TOTAL_SCORE";
    String PUBLISHED_BY = "PUBLISHED_BY";
    String PUBLISHED_AT = "PUBLISHED_AT";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long id);

    @NotNull
    int getSeq();

    void setSeq(int seq);

    @NotNull
    @Unique
    String getRunKey();

    void setRunKey(String key);

    @NotNull
    String getRanBy();

    void setRanBy(String key);

    @NotNull
    long getRanAt();

    void setRanAt(long epochMillis);

    @NotNull
    int getMatched();

    void setMatched(int n);

    @NotNull
    int getUnmatched();

    void setUnmatched(int n);

    @NotNull
    double getTotalScore();

    void setTotalScore(double score);

    String getPublishedBy();

    void setPublishedBy(String key);

    Long getPublishedAt();

    void setPublishedAt(Long epochMillis);
}
