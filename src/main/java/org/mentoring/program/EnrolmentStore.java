package org.mentoring.program;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;

/** Enrolments' queries: one statement each. */
public final class EnrolmentStore {
    private final EntityStore store;

    public EnrolmentStore(EntityStore store) {
        this.store = store;
    }

    Optional<ProgramEnrolmentEntity> find(long programId, String userKey) {
        ProgramEnrolmentEntity[] rows = store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.ENROL_KEY + " = ?", key(programId, userKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    ProgramEnrolmentEntity insert(long programId, String userKey, boolean asMentor, boolean asMentee, EnrolmentStatus status,
                                  Integer capacity, long now) {
        Map<String, Object> values = new HashMap<>();
        values.put(ProgramEnrolmentEntity.PROGRAM_ID, programId);
        values.put(ProgramEnrolmentEntity.USER_KEY, userKey);
        values.put(ProgramEnrolmentEntity.ENROL_KEY, key(programId, userKey));
        values.put(ProgramEnrolmentEntity.AS_MENTOR, asMentor);
        values.put(ProgramEnrolmentEntity.AS_MENTEE, asMentee);
        values.put(ProgramEnrolmentEntity.STATUS, status.name());
        values.put(ProgramEnrolmentEntity.CAPACITY, capacity);
        values.put(ProgramEnrolmentEntity.ENROLLED_AT, now);
        return store.create(ProgramEnrolmentEntity.class, values);
    }

    /** How many of the two people are approved in the program in the given roles (2 means both), in one statement. */
    int approvedPair(long programId, String mentorKey, String menteeKey) {
        return store.count(ProgramEnrolmentEntity.class, Query.select().where(
                ProgramEnrolmentEntity.PROGRAM_ID + " = ? AND " + ProgramEnrolmentEntity.STATUS + " = ? AND (("
                        + ProgramEnrolmentEntity.USER_KEY + " = ? AND " + ProgramEnrolmentEntity.AS_MENTOR + " = ?) OR ("
                        + ProgramEnrolmentEntity.USER_KEY + " = ? AND " + ProgramEnrolmentEntity.AS_MENTEE + " = ?))",
                programId, EnrolmentStatus.APPROVED.name(), mentorKey, Boolean.TRUE, menteeKey, Boolean.TRUE));
    }

    static String key(long programId, String userKey) {
        return programId + ":" + userKey;
    }

    static Enrolment toRecord(ProgramEnrolmentEntity e) {
        return new Enrolment(e.getID(), e.getProgramId(), e.getUserKey(), e.isAsMentor(), e.isAsMentee(),
                EnrolmentStatus.valueOf(e.getStatus()), e.getCapacity(), Instant.ofEpochMilli(e.getEnrolledAt()));
    }
}
