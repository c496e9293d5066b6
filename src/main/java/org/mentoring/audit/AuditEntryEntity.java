package org.mentoring.audit;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One administrative change, where the host has no audit log of its own (the standalone host). Details are short
 * "name=value" lines. Stored in data: never rename or move.
 */
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {
    String ACTION = "ACTION";
    String ACTOR_KEY = "ACTOR_KEY";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String DETAILS = "DETAILS";
    String OCCURRED_AT = "OCCURRED_AT";

    @NotNull
    String getAction();

    void setAction(String action);

    @Indexed
    String getActorKey();

    void setActorKey(String key);

    @Indexed
    String getSubjectKey();

    void setSubjectKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    void setDetails(String details);

    @NotNull
    @Indexed
    long getOccurredAt();

    void setOccurredAt(long epochMillis);
}
