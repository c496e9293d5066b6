package org.mentoring.relationship;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The agreement of one relationship. Dates are ISO-8601 local dates ("2026-11-24").
 * Each member's acceptance is the agreement revision they accepted (0: none).
 * Stored in data: never rename or move.
 */
@Table("AGREEMENT")
public interface AgreementEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String OBJECTIVES = "OBJECTIVES";
    String CADENCE = "CADENCE";
    String CADENCE_DAYS = "CADENCE_DAYS";
    String CHANNEL = "CHANNEL";
    String CONFIDENTIALITY = "CONFIDENTIALITY";
    String START_DATE = "START_DATE";
    String PLANNED_END_DATE = "PLANNED_END_DATE";
    String REVISION = "REVISION";
    String MENTOR_ACCEPTED_REV = "MENTOR_ACCEPTED_REV";
    String MENTEE_ACCEPTED_REV = "MENTEE_ACCEPTED_REV";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    long getRelationshipId();

    void setRelationshipId(long id);

    @StringLength(StringLength.UNLIMITED)
    String getObjectives();

    void setObjectives(String objectives);

    @NotNull
    String getCadence();

    void setCadence(String cadence);

    Integer getCadenceDays();

    void setCadenceDays(Integer days);

    String getChannel();

    void setChannel(String channel);

    @StringLength(StringLength.UNLIMITED)
    String getConfidentiality();

    void setConfidentiality(String terms);

    String getStartDate();

    void setStartDate(String isoDate);

    String getPlannedEndDate();

    void setPlannedEndDate(String isoDate);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    @NotNull
    int getMentorAcceptedRev();

    void setMentorAcceptedRev(int revision);

    @NotNull
    int getMenteeAcceptedRev();

    void setMenteeAcceptedRev(int revision);

    @NotNull
    String getUpdatedBy();

    void setUpdatedBy(String key);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);
}
