package org.mentoring.program;

import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;

/** Who manages which program. Programs themselves arrive with the program feature. */
public final class ProgramManagers {
    private final EntityStore store;

    public ProgramManagers(EntityStore store) {
        this.store = store;
    }

    public boolean isManager(long programId, String userKey) {
        return store.count(ProgramManagerEntity.class, Query.select()
                .where(ProgramManagerEntity.PROGRAM_ID + " = ? AND " + ProgramManagerEntity.USER_KEY + " = ?",
                        programId, userKey)) > 0;
    }

    public void appoint(long programId, String userKey) {
        if (!isManager(programId, userKey)) {
            store.create(ProgramManagerEntity.class, Map.of(
                    ProgramManagerEntity.PROGRAM_ID, programId,
                    ProgramManagerEntity.USER_KEY, userKey));
        }
    }
}
