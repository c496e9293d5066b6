package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's enrolment in a program, as mentor, mentee or both; {@code ENROL_KEY} ("programId:userKey") is unique, so
 * one person has one enrolment per program however many requests race. Stored in data: never rename or move.
 */
@Table("PROGRAM_ENROL")
public interface ProgramEnrolmentEntity extends Entity {
    String PROGRAM_ID = "PROGRAM_ID";
    String USER_KEY = "USER_KEY";
    String ENROL_KEY = "ENROL_KEY";
    String AS_MENTOR = "AS_MENTOR";
    String AS_MENTEE = "AS_MENTEE";
    String STATUS = "STATUS";
    String CAPACITY = "CAPACITY";
    String ANSWERS = "ANSWERS";
    String ENROLLED_AT = "ENROLLED_AT";
    String DECIDED_BY = "DECIDED_BY";
    String DECIDED_AT = "DECIDED_AT";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long id);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String key);

    @NotNull
    @Unique
    String getEnrolKey();

    void setEnrolKey(String key);

    @NotNull
    boolean isAsMentor();

    void setAsMentor(boolean mentor);

    @NotNull
    boolean isAsMentee();

    void setAsMentee(boolean mentee);

    @NotNull
    @Indexed
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    Integer getCapacity();

    void setCapacity(Integer capacity);

    @StringLength(StringLength.UNLIMITED)
    String getAnswers();

    void setAnswers(String answers);

    @NotNull
    long getEnrolledAt();

    void setEnrolledAt(long epochMillis);

    String getDecidedBy();

    void setDecidedBy(String key);

    Long getDecidedAt();

    void setDecidedAt(Long epochMillis);
}
