package org.mentoring.notification;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An in-app notification for one person. Stored in data: never rename or move. The inbox reads one person's newest
 * first and counts their unread ones: two indexes that start with the recipient serve both without reading anyone
 * else's rows (a single-column index left HSQLDB sorting or scanning everything the recipient ever got).
 */
@Table("NOTIFICATION")
@Indexes({
        @Index(name = "notif_recipient_created", methodNames = {"getRecipientKey", "getCreatedAt"}),
        @Index(name = "notif_recipient_read", methodNames = {"getRecipientKey", "getReadAt"})})
public interface NotificationEntity extends Entity {
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTOR_ROLE = "ACTOR_ROLE";
    String MESSAGE_KEY = "MESSAGE_KEY";
    String ARGS = "ARGS";
    String LINK = "LINK";
    String CREATED_AT = "CREATED_AT";
    String READ_AT = "READ_AT";

    @NotNull
    @Indexed
    String getRecipientKey();

    void setRecipientKey(String key);

    /** The person the message names first; null in rows written before names were read at display time. */
    String getActorKey();

    void setActorKey(String key);

    /** MENTOR or MENTEE: what the actor is to the recipient. */
    @StringLength(16)
    String getActorRole();

    void setActorRole(String role);

    @NotNull
    String getMessageKey();

    void setMessageKey(String key);

    /** The message arguments after the actor and their role, each on its own line. */
    @StringLength(StringLength.UNLIMITED)
    String getArgs();

    void setArgs(String args);

    @Indexed
    String getLink();

    void setLink(String link);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    Long getReadAt();

    void setReadAt(Long epochMillis);
}
