package org.mentoring.host.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Whether an administrator left a person of the standalone host's directory active (standalone host only; Jira and
 * Confluence keep their own users). A row exists once someone was deactivated or reactivated; it wins over the
 * directory's configured flag, on every node sharing the database.
 */
@Table("SA_USER_ACTIVE")
public interface UserActiveEntity extends Entity {
    String USER_KEY = "USER_KEY";
    String ACTIVE = "ACTIVE";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    boolean isActive();

    void setActive(boolean active);
}
