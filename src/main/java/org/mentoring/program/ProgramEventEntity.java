package org.mentoring.program;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.mentoring.history.HistoryEntity;

/**
 * One entry of a program's history (created, changed, opened, started, closed, managers appointed or removed);
 * its unique "id:seq" key is the program's optimistic lock. Stored in data: never rename or move.
 */
@Table("PROGRAM_EVENT")
public interface ProgramEventEntity extends HistoryEntity {
    String PROGRAM_ID = "PROGRAM_ID";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long id);
}
