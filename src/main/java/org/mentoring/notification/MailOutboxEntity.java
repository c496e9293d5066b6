package org.mentoring.notification;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A notification waiting to be mailed, written in the transaction of the change it is about (so a change that rolls
 * back mails nothing) and deleted once the host's mail took it. It holds what the in-app row holds: never private content.
 * Stored in data: never rename or move.
 */
@Table("MAIL_OUTBOX")
public interface MailOutboxEntity extends Entity {
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String ACTOR_KEY = "ACTOR_KEY";
    String ACTOR_ROLE = "ACTOR_ROLE";
    String MESSAGE_KEY = "MESSAGE_KEY";
    String ARGS = "ARGS";
    String LINK = "LINK";
    String CREATED_AT = "CREATED_AT";
    String DUE_AT = "DUE_AT";
    String DIGEST = "DIGEST";

    @NotNull
    @Indexed
    String getRecipientKey();

    void setRecipientKey(String key);

    String getActorKey();

    void setActorKey(String key);

    @StringLength(16)
    String getActorRole();

    void setActorRole(String role);

    @NotNull
    String getMessageKey();

    void setMessageKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getArgs();

    void setArgs(String args);

    @Indexed
    String getLink();

    void setLink(String link);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    /** When it may go: at once, or at the next daily digest. */
    @NotNull
    @Indexed
    long getDueAt();

    void setDueAt(long epochMillis);

    @NotNull
    boolean isDigest();

    void setDigest(boolean digest);
}
