package org.mentoring.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.OwnedData;
import org.mentoring.privacy.PersonalData;

/**
 * Programs' part of a person's data: their enrolments and the programs they manage. Erasure keeps enrolments (program
 * reports count them) without the person's answers and drops their manager appointments; handing programs to another
 * manager is the ownership transfer.
 */
public final class ProgramPersonalData implements PersonalData, OwnedData {
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(ProgramManagerEntity.class, ProgramManagerEntity.USER_KEY),
            KeyColumn.of(ProgramEnrolmentEntity.class, ProgramEnrolmentEntity.USER_KEY),
            KeyColumn.of(ProgramEnrolmentEntity.class, ProgramEnrolmentEntity.DECIDED_BY),
            KeyColumn.of(ProgramEventEntity.class, ProgramEventEntity.ACTOR_KEY));

    private final EntityStore store;
    private final ProgramManagers managers;
    private final KeyRewrite rewrite;

    public ProgramPersonalData(EntityStore store, ProgramManagers managers, KeyRewrite rewrite) {
        this.store = store;
        this.managers = managers;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "programs";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("programs.managed", owned(userKey));
        counts.put("programs.enrolments", rewrite.count(KEYS.get(1), userKey));
        counts.put("programs.history", rewrite.count(KEYS.get(3), userKey));
        return counts;
    }

    @Override
    public Object export(String userKey) {
        List<Object> enrolments = new ArrayList<>();
        for (ProgramEnrolmentEntity e : store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.USER_KEY + " = ?", userKey).order("ID"))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("programId", e.getProgramId());
            item.put("status", e.getStatus());
            item.put("capacity", e.getCapacity());
            item.put("answers", e.getAnswers());
            item.put("enrolledAt", Instant.ofEpochMilli(e.getEnrolledAt()).toString());
            enrolments.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enrolments", enrolments);
        out.put("managedProgramIds", managers.programsOf(userKey));
        return out;
    }

    @Override
    public void erase(String userKey) {
        for (ProgramEnrolmentEntity e : store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.USER_KEY + " = ?", userKey))) {
            e.setAnswers(null);
            e.save();
        }
        store.deleteWithSQL(ProgramManagerEntity.class, ProgramManagerEntity.USER_KEY + " = ?", userKey);
    }

    /** The enrolment's unique key embeds the user key. */
    @Override
    public void keyChanged(String oldKey, String newKey) {
        for (ProgramEnrolmentEntity e : store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.USER_KEY + " = ?", newKey))) {
            e.setEnrolKey(EnrolmentStore.key(e.getProgramId(), newKey));
            e.save();
        }
        // Appointments and removals name the manager in the history's note.
        for (ProgramEventEntity e : store.find(ProgramEventEntity.class, Query.select().where(
                ProgramEventEntity.TYPE + " = ? OR " + ProgramEventEntity.TYPE + " = ?", "APPOINT", "REMOVE"))) {
            if (oldKey.equals(e.getNote())) {
                e.setNote(newKey);
                e.save();
            }
        }
    }

    @Override
    public int owned(String userKey) {
        return rewrite.count(KEYS.get(0), userKey);
    }

    @Override
    public int transfer(String fromKey, String toKey) {
        int moved = 0;
        for (long programId : managers.programsOf(fromKey)) {
            managers.remove(programId, fromKey);
            if (!managers.isManager(programId, toKey)) {
                managers.appoint(programId, toKey);
            }
            moved++;
        }
        return moved;
    }
}
