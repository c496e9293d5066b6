package org.mentoring.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.StrictJson;

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
                                  Integer capacity, Map<Long, String> answers, long now) {
        Map<String, Object> values = new HashMap<>();
        values.put(ProgramEnrolmentEntity.PROGRAM_ID, programId);
        values.put(ProgramEnrolmentEntity.USER_KEY, userKey);
        values.put(ProgramEnrolmentEntity.ENROL_KEY, key(programId, userKey));
        values.put(ProgramEnrolmentEntity.AS_MENTOR, asMentor);
        values.put(ProgramEnrolmentEntity.AS_MENTEE, asMentee);
        values.put(ProgramEnrolmentEntity.STATUS, status.name());
        values.put(ProgramEnrolmentEntity.CAPACITY, capacity);
        values.put(ProgramEnrolmentEntity.ENROLLED_AT, now);
        values.put(ProgramEnrolmentEntity.ANSWERS, answersText(answers));
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

    /** A page of the program's enrolments in {@code statuses} (all when empty), optionally only mentors or mentees. */
    Page<Enrolment> list(long programId, Set<EnrolmentStatus> statuses, Boolean mentors, Boolean mentees, PageRequest page) {
        StringBuilder where = new StringBuilder(ProgramEnrolmentEntity.PROGRAM_ID + " = ?");
        List<Object> params = new ArrayList<>(List.of(programId));
        if (!statuses.isEmpty()) {
            where.append(" AND ").append(ProgramEnrolmentEntity.STATUS).append(" IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"))).append(")");
            statuses.forEach(s -> params.add(s.name()));
        }
        if (mentors != null) {
            where.append(" AND ").append(ProgramEnrolmentEntity.AS_MENTOR).append(" = ?");
            params.add(mentors);
        }
        if (mentees != null) {
            where.append(" AND ").append(ProgramEnrolmentEntity.AS_MENTEE).append(" = ?");
            params.add(mentees);
        }
        ProgramEnrolmentEntity[] rows = store.find(ProgramEnrolmentEntity.class, Query.select().where(where.toString(), params.toArray())
                .order(ProgramEnrolmentEntity.ENROLLED_AT + ", ID").limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(EnrolmentStore::toRecord).toList(),
                () -> store.count(ProgramEnrolmentEntity.class, Query.select().where(where.toString(), params.toArray())));
    }

    /** Every approved enrolment of the program, in one statement: what matching works on. */
    public List<Enrolment> approved(long programId) {
        return Arrays.stream(store.find(ProgramEnrolmentEntity.class, Query.select().where(
                        ProgramEnrolmentEntity.PROGRAM_ID + " = ? AND " + ProgramEnrolmentEntity.STATUS + " = ?",
                        programId, EnrolmentStatus.APPROVED.name()).order("ID")))
                .map(EnrolmentStore::toRecord).toList();
    }

    /** The program's questions in order, in one statement. */
    List<EnrolmentQuestion> questions(long programId) {
        return Arrays.stream(store.find(ProgramQuestionEntity.class, Query.select()
                        .where(ProgramQuestionEntity.PROGRAM_ID + " = ?", programId).order(ProgramQuestionEntity.POSITION + ", ID")))
                .map(q -> new EnrolmentQuestion(q.getID(), q.getPosition(), q.getText(), q.isRequired())).toList();
    }

    /** Replaces the program's questions; a question kept by id keeps its id (and so its answers). */
    void replaceQuestions(long programId, List<EnrolmentQuestion> questions) {
        Map<Long, ProgramQuestionEntity> existing = new HashMap<>();
        for (ProgramQuestionEntity q : store.find(ProgramQuestionEntity.class, Query.select()
                .where(ProgramQuestionEntity.PROGRAM_ID + " = ?", programId))) {
            existing.put((long) q.getID(), q);
        }
        for (EnrolmentQuestion q : questions) {
            ProgramQuestionEntity kept = existing.remove(q.id());
            if (kept != null) {
                kept.setPosition(q.position());
                kept.setText(q.text());
                kept.setRequired(q.required());
                kept.save();
            } else {
                store.create(ProgramQuestionEntity.class, Map.of(ProgramQuestionEntity.PROGRAM_ID, programId,
                        ProgramQuestionEntity.POSITION, q.position(), ProgramQuestionEntity.TEXT, q.text(),
                        ProgramQuestionEntity.REQUIRED, q.required()));
            }
        }
        for (ProgramQuestionEntity gone : existing.values()) {
            store.deleteWithSQL(ProgramQuestionEntity.class, "ID = ?", gone.getID());
        }
    }

    /** Records that the enrolment left {@code from}; a racing second change of the same status fails its unique key. */
    void recordChange(ProgramEnrolmentEntity e, EnrolmentStatus from, EnrolmentStatus to, String actorKey, long now) {
        store.create(EnrolmentChangeEntity.class, Map.of(EnrolmentChangeEntity.ENROLMENT_ID, (long) e.getID(),
                EnrolmentChangeEntity.CHANGE_KEY, e.getID() + ":" + from.name(), EnrolmentChangeEntity.FROM_STATUS, from.name(),
                EnrolmentChangeEntity.TO_STATUS, to.name(), EnrolmentChangeEntity.ACTOR_KEY, actorKey,
                EnrolmentChangeEntity.OCCURRED_AT, now));
    }

    static String answersText(Map<Long, String> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        try {
            return StrictJson.mapper().writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<Long, String> answers(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        try {
            Map<Long, String> answers = new LinkedHashMap<>();
            StrictJson.mapper().readTree(text).fields().forEachRemaining(f -> answers.put(Long.valueOf(f.getKey()), f.getValue().asText()));
            return answers;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable enrolment answers", e);
        }
    }

    static String key(long programId, String userKey) {
        return programId + ":" + userKey;
    }

    static Enrolment toRecord(ProgramEnrolmentEntity e) {
        return new Enrolment(e.getID(), e.getProgramId(), e.getUserKey(), e.isAsMentor(), e.isAsMentee(),
                EnrolmentStatus.valueOf(e.getStatus()), e.getCapacity(), Instant.ofEpochMilli(e.getEnrolledAt()),
                answers(e.getAnswers()));
    }
}
