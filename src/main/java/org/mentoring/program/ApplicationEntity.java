package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One person's application to be paired with another in a program that lets people choose ({@code MODE}: who applies
 * — the mentees in MENTEE_CHOOSES, the mentors in MENTOR_CHOOSES); the other side accepts or declines it, the
 * applicant may withdraw it. Races are settled by {@link ApplicationClaimEntity}'s unique keys. Stored in data: never
 * rename or move.
 */
@Table("PROGRAM_APPLY")
public interface ApplicationEntity extends Entity {
    String PROGRAM_ID = "PROGRAM_ID";
    String MODE = "MODE";
    String MENTOR_KEY = "MENTOR_KEY";
    String MENTEE_KEY = "MENTEE_KEY";
    String STATUS = "STATUS";
    String REASON = "REASON";
    String NOTE = "NOTE";
    String APPLIED_AT = "APPLIED_AT";
    String DECIDED_AT = "DECIDED_AT";
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long id);

    @NotNull
    @StringLength(20)
    String getMode();

    void setMode(String mode);

    @NotNull
    @Indexed
    String getMentorKey();

    void setMentorKey(String key);

    @NotNull
    @Indexed
    String getMenteeKey();

    void setMenteeKey(String key);

    @NotNull
    @Indexed
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    @StringLength(20)
    String getReason();

    void setReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    long getAppliedAt();

    void setAppliedAt(long epochMillis);

    Long getDecidedAt();

    void setDecidedAt(Long epochMillis);

    Long getRelationshipId();

    void setRelationshipId(Long id);
}
