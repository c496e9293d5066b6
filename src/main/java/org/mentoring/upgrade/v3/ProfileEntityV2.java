package org.mentoring.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of {@code people.ProfileEntity} as released up to model version 2 (1.0.0, 1.1.0). Never edited. */
@Table("PROFILE")
public interface ProfileEntityV2 extends Entity {
    String USER_KEY = "USER_KEY";
    String OFFERS = "OFFERS";
    String SEEKS = "SEEKS";
    String TIME_ZONE = "TIME_ZONE";
    String UTC_OFFSET = "UTC_OFFSET";
    String HOURS = "HOURS";
    String BIO = "BIO";
    String REVERSE = "REVERSE";
    String LISTED = "LISTED";
    String IN_DIRECTORY = "IN_DIRECTORY";
    String LANGS = "LANGS";
    String MENTOR_SKILLS = "MENTOR_SKILLS";
    String GROW_SKILLS = "GROW_SKILLS";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    boolean getOffers();

    void setOffers(boolean offers);

    @NotNull
    boolean getSeeks();

    void setSeeks(boolean seeks);

    /** An IANA zone ("Europe/Prague"), or null. */
    String getTimeZone();

    void setTimeZone(String zone);

    /** The zone's standard offset from UTC in minutes (null without a zone): the directory's time-zone filter. */
    @Indexed
    Integer getUtcOffset();

    void setUtcOffset(Integer minutes);

    /** Hours a month the person can give to mentoring (null: not said). */
    Integer getHours();

    void setHours(Integer hours);

    @StringLength(StringLength.UNLIMITED)
    String getBio();

    void setBio(String bio);

    @NotNull
    boolean getReverse();

    void setReverse(boolean reverse);

    /** The person's own choice to appear in the directory; null: the default (appear when offering to mentor). */
    Boolean getListed();

    void setListed(Boolean listed);

    @NotNull
    @Indexed
    boolean getInDirectory();

    void setInDirectory(boolean inDirectory);

    String getLangs();

    void setLangs(String langs);

    String getMentorSkills();

    void setMentorSkills(String skills);

    String getGrowSkills();

    void setGrowSkills(String skills);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);
}
