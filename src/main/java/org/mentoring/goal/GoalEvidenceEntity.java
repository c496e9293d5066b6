package org.mentoring.goal;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Evidence for a goal: a Jira issue key, a Confluence page id or a URL. Stored in data: never rename or move. */
@Table("GOAL_EVIDENCE")
public interface GoalEvidenceEntity extends Entity {
    String GOAL_ID = "GOAL_ID";
    String KIND = "KIND";
    String REF = "REF";
    String LABEL = "LABEL";
    String ADDED_BY = "ADDED_BY";

    @NotNull
    @Indexed
    long getGoalId();

    void setGoalId(long id);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRef();

    void setRef(String ref);

    String getLabel();

    void setLabel(String label);

    @NotNull
    String getAddedBy();

    void setAddedBy(String key);
}
