package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user who manages a formal mentoring program. Stored in data: never rename or move. */
@Table("PROGRAM_MANAGER")
public interface ProgramManagerEntity extends Entity {
    String PROGRAM_ID = "PROGRAM_ID";
    String USER_KEY = "USER_KEY";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long programId);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);
}
