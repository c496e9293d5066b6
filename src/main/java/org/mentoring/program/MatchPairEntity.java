package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A mentee's outcome in one matching run: their proposed mentor and score, or no mentor and the reason. Publishing
 * fills in the relationship proposed (or the reason it could not be). Stored in data: never rename or move.
 */
@Table("MATCH_PAIR")
public interface MatchPairEntity extends Entity {
    String RUN_ID = "RUN_ID";
    String MENTEE_KEY = "MENTEE_KEY";
    String MENTOR_KEY = "MENTOR_KEY";
    String SCORE = "SCORE";
    String PINNED = "PINNED";
    String REASON = "REASON";
    String DETAIL = "DETAIL";
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";

    @NotNull
    @Indexed
    long getRunId();

    void setRunId(long id);

    @NotNull
    String getMenteeKey();

    void setMenteeKey(String key);

    String getMentorKey();

    void setMentorKey(String key);

    @NotNull
    double getScore();

    void setScore(double score);

    @NotNull
    boolean isPinned();

    void setPinned(boolean pinned);

    @StringLength(40)
    String getReason();

    void setReason(String reason);

    String getDetail();

    void setDetail(String detail);

    Long getRelationshipId();

    void setRelationshipId(Long id);
}
