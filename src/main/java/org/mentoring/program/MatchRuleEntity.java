package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A manager's pin (this pair, whatever the score) or forbid (never this pair) for a program's next runs;
 * {@code RULE_KEY} ("programId:mentee:mentor") is unique: one rule per pair. Stored in data: never rename or move.
 */
@Table("MATCH_RULE")
public interface MatchRuleEntity extends Entity {
    String PROGRAM_ID = "PROGRAM_ID";
    String MENTEE_KEY = "MENTEE_KEY";
    String MENTOR_KEY = "MENTOR_KEY";
    String KIND = "KIND";
    String RULE_KEY = "RULE_KEY";
    String MADE_BY = "MADE_BY";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long id);

    @NotNull
    String getMenteeKey();

    void setMenteeKey(String key);

    @NotNull
    String getMentorKey();

    void setMentorKey(String key);

    @NotNull
    @StringLength(10)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Unique
    String getRuleKey();

    void setRuleKey(String key);

    @NotNull
    String getMadeBy();

    void setMadeBy(String key);
}
