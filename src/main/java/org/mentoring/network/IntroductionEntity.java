package org.mentoring.network;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One introduction: a member of a relationship asks the other for an introduction (to a named person, or to
 * "someone who knows X") with a purpose; the asked member introduces someone with a note addressed to them, or
 * declines; the introduced person accepts or declines. Pair content of the relationship; the introduced person reads
 * only what the access policy's introduction table allows. Instants UTC epoch millis. Stored in data: never rename.
 */
@Table("INTRODUCTION")
public interface IntroductionEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String ASKER_KEY = "ASKER_KEY";
    String ASKED_KEY = "ASKED_KEY";
    String WANTED_KEY = "WANTED_KEY";
    String WANTED_TEXT = "WANTED_TEXT";
    String PURPOSE = "PURPOSE";
    String INTRODUCED_KEY = "INTRODUCED_KEY";
    String NOTE = "NOTE";
    String STATUS = "STATUS";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String REVISION = "REVISION";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    /** The member who asked. */
    @NotNull
    @Indexed
    String getAskerKey();

    void setAskerKey(String userKey);

    /** The other member, asked to introduce someone. */
    @NotNull
    @Indexed
    String getAskedKey();

    void setAskedKey(String userKey);

    /** The person the asker named, if they named one. */
    String getWantedKey();

    void setWantedKey(String userKey);

    /** "Someone who knows X", if they described one. */
    @StringLength(StringLength.MAX_LENGTH)
    String getWantedText();

    void setWantedText(String text);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPurpose();

    void setPurpose(String purpose);

    /** Who the asked member introduced (null until they do). */
    @Indexed
    String getIntroducedKey();

    void setIntroducedKey(String userKey);

    /** The introducing member's note, addressed to the introduced person. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    @NotNull
    @Indexed
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);

    /** Counts changes (optimistic locking); each change writes history entry number REVISION. */
    @NotNull
    int getRevision();

    void setRevision(int revision);
}
