package org.mentoring.people;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's mentoring profile, by user key. {@code IN_DIRECTORY} is decided when the profile is saved (offers to
 * mentor, chose to appear or left the default, and is active), so the directory filters on one indexed column.
 * Languages ({@code LANGS}, "|cs|en|") and skills ({@code MENTOR_SKILLS}, {@code GROW_SKILLS}: "|12:4|15:3|", catalogue
 * id and level 1–5) are kept on the row, so a profile is one row and the directory filters and ranks without joins.
 * Skills that left the catalogue are dropped when read. Stored in data: never rename or move.
 */
@Table("PROFILE")
public interface ProfileEntity extends Entity {
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
    String RANKING = "RANKING";

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

    /**
     * What the directory ranks and shows a listed mentor by, in one text ({@link RankingColumn}): offset, hours, reverse
     * mentoring, languages, skills mentored, time zone. A copy of those columns (they stay, for the filters): Active
     * Objects' streamed read costs per column, and the directory reads every candidate's row (model version 3).
     */
    @StringLength(RankingColumn.LENGTH)
    String getRanking();

    void setRanking(String ranking);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);
}
