package org.mentoring.program;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Who manages which program (the store; {@link ProgramService} keeps the rules of appointing). */
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

    /** Returns whether {@code userKey} managed the program. */
    public boolean remove(long programId, String userKey) {
        return store.deleteWithSQL(ProgramManagerEntity.class,
                ProgramManagerEntity.PROGRAM_ID + " = ? AND " + ProgramManagerEntity.USER_KEY + " = ?", programId, userKey) > 0;
    }

    /** A page of the program's managers' user keys, in the order they were appointed. */
    public Page<String> of(long programId, PageRequest page) {
        String where = ProgramManagerEntity.PROGRAM_ID + " = ?";
        return Page.counted(page, Arrays.stream(store.find(ProgramManagerEntity.class, Query.select().where(where, programId)
                        .order("ID").limit(page.maxResults()).offset(page.startAt())))
                .map(ProgramManagerEntity::getUserKey).toList(),
                () -> store.count(ProgramManagerEntity.class, Query.select().where(where, programId)));
    }

    /** The programs {@code userKey} manages. */
    public List<Long> programsOf(String userKey) {
        return Arrays.stream(store.find(ProgramManagerEntity.class, Query.select()
                        .where(ProgramManagerEntity.USER_KEY + " = ?", userKey)))
                .map(ProgramManagerEntity::getProgramId).distinct().toList();
    }
}
