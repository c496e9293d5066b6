package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim that a program's matching was published: {@code PUBLISH_KEY} ("programId:seq") is unique, so of two
 * managers publishing the same run at once exactly one proposes its pairs. Stored in data: never rename or move.
 */
@Table("MATCH_PUBLISH")
public interface MatchPublicationEntity extends Entity {
    String PUBLISH_KEY = "PUBLISH_KEY";

    @NotNull
    @Unique
    String getPublishKey();

    void setPublishKey(String key);
}
