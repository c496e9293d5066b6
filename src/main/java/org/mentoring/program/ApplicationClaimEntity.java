package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A claim that settles a race over applications by its unique {@code CLAIM_KEY}: an application's decision
 * ("decide:applicationId"), an applicant's n-th application ("apply:programId:enrolmentId:n") and a mentor's or mentee's
 * n-th acceptance in a program ("mentor:…", "mentee:…"). Keys name enrolment ids, never user keys: no one's data.
 * Stored in data: never rename or move.
 */
@Table("APPLY_CLAIM")
public interface ApplicationClaimEntity extends Entity {
    String CLAIM_KEY = "CLAIM_KEY";
    String APPLICATION_ID = "APPLICATION_ID";

    @NotNull
    @Unique
    String getClaimKey();

    void setClaimKey(String key);

    @NotNull
    @Indexed
    long getApplicationId();

    void setApplicationId(long id);
}
