package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A formal mentoring program. Dates are ISO days ("2027-01-31"); the four weights are the fit score's per-program
 * weights. {@code REVISION} counts the changes; each change writes history entry number {@code REVISION}.
 * Stored in data: never rename or move.
 */
@Table("PROGRAM")
public interface ProgramEntity extends Entity {
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String DESCRIPTION = "DESCRIPTION";
    String OBJECTIVES = "OBJECTIVES";
    String KIND = "KIND";
    String STARTS_ON = "STARTS_ON";
    String ENDS_ON = "ENDS_ON";
    String ENROL_FROM = "ENROL_FROM";
    String ENROL_UNTIL = "ENROL_UNTIL";
    String MATCHING = "MATCHING";
    String CADENCE = "CADENCE";
    String MEETING_MINUTES = "MEETING_MINUTES";
    String MENTOR_CAP = "MENTOR_CAP";
    String AUTO_APPROVE = "AUTO_APPROVE";
    String SKILL_WEIGHT = "SKILL_WEIGHT";
    String LANGUAGE_WEIGHT = "LANGUAGE_WEIGHT";
    String ZONE_WEIGHT = "ZONE_WEIGHT";
    String HOURS_WEIGHT = "HOURS_WEIGHT";
    String STATUS = "STATUS";
    String REVISION = "REVISION";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    String getName();

    void setName(String name);

    /** The name in lower case: the order of lists. */
    @NotNull
    @Indexed
    String getNameKey();

    void setNameKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String text);

    @StringLength(StringLength.UNLIMITED)
    String getObjectives();

    void setObjectives(String text);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    @StringLength(10)
    String getStartsOn();

    void setStartsOn(String day);

    @StringLength(10)
    String getEndsOn();

    void setEndsOn(String day);

    @StringLength(10)
    String getEnrolFrom();

    void setEnrolFrom(String day);

    @StringLength(10)
    String getEnrolUntil();

    void setEnrolUntil(String day);

    @NotNull
    @StringLength(20)
    String getMatching();

    void setMatching(String mode);

    @NotNull
    @StringLength(20)
    String getCadence();

    void setCadence(String cadence);

    Integer getMeetingMinutes();

    void setMeetingMinutes(Integer minutes);

    Integer getMentorCap();

    void setMentorCap(Integer cap);

    @NotNull
    boolean isAutoApprove();

    void setAutoApprove(boolean auto);

    @NotNull
    double getSkillWeight();

    void setSkillWeight(double w);

    @NotNull
    double getLanguageWeight();

    void setLanguageWeight(double w);

    @NotNull
    double getZoneWeight();

    void setZoneWeight(double w);

    @NotNull
    double getHoursWeight();

    void setHoursWeight(double w);

    @NotNull
    @Indexed
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);
}
