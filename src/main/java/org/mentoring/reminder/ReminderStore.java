package org.mentoring.reminder;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.feedback.FeedbackRoundEntity;
import org.mentoring.goal.GoalEntity;
import org.mentoring.host.EntityStore;
import org.mentoring.program.ProgramEnrolmentEntity;
import org.mentoring.program.ProgramEndReminderEntity;
import org.mentoring.program.ProgramEntity;
import org.mentoring.program.ProgramManagerEntity;
import org.mentoring.relationship.AgreementEntity;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.relationship.RelationshipStore;

/**
 * The reminder job's queries: what may be due, a page at a time in id order (keyset: each page starts after the last
 * id of the one before, so a page costs the same whatever the table's size), and the occurrences already sent.
 */
public final class ReminderStore {
    private final EntityStore store;

    private final RelationshipStore relationshipStore;

    public ReminderStore(EntityStore store, RelationshipStore relationshipStore) {
        this.store = store;
        this.relationshipStore = relationshipStore;
    }

    /** Who has accepted each of these proposals so far (a program's waits for both members): one statement. */
    Map<Long, Set<String>> acceptedBy(Collection<Long> relationshipIds) {
        return relationshipStore.acceptedBy(relationshipIds);
    }

    RelationshipEntity[] relationships(String status, int afterId, int limit) {
        return store.find(RelationshipEntity.class, Query.select()
                .where(RelationshipEntity.STATUS + " = ? AND ID > ?", status, afterId).order("ID").limit(limit));
    }

    /**
     * A page of agreements in id order; the caller keeps those a member has not accepted in their latest revision.
     * Not filtered here: Active Objects quotes only the left column of a column-to-column comparison, which
     * PostgreSQL (upper-case quoted columns) refuses.
     */
    AgreementEntity[] agreements(int afterId, int limit) {
        return store.find(AgreementEntity.class, Query.select().where("ID > ?", afterId).order("ID").limit(limit));
    }

    /** One query for the relationships of a page of goals, agreements or rounds. */
    Map<Long, RelationshipEntity> relationshipsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> list = List.copyOf(new HashSet<>(ids));
        String marks = list.stream().map(id -> "?").collect(Collectors.joining(", "));
        Map<Long, RelationshipEntity> out = new HashMap<>();
        for (RelationshipEntity e : store.find(RelationshipEntity.class, Query.select().where("ID IN (" + marks + ")", list.toArray()))) {
            out.put((long) e.getID(), e);
        }
        return out;
    }

    GoalEntity[] goals(Collection<String> statuses, int afterId, int limit) {
        List<Object> args = new java.util.ArrayList<>(statuses);
        args.add(afterId);
        String marks = statuses.stream().map(s -> "?").collect(Collectors.joining(", "));
        return store.find(GoalEntity.class, Query.select()
                .where(GoalEntity.STATUS + " IN (" + marks + ") AND ID > ?", args.toArray()).order("ID").limit(limit));
    }

    /** Rounds still waiting for someone's feedback whose deadline has not passed. */
    FeedbackRoundEntity[] openRounds(long nowMillis, int afterId, int limit) {
        return store.find(FeedbackRoundEntity.class, Query.select()
                .where(FeedbackRoundEntity.REVEALED_AT + " IS NULL AND " + FeedbackRoundEntity.DEADLINE + " > ? AND ID > ?", nowMillis, afterId)
                .order("ID").limit(limit));
    }

    ProgramEntity[] programs(String status, int afterId, int limit) {
        return store.find(ProgramEntity.class, Query.select()
                .where(ProgramEntity.STATUS + " = ? AND ID > ?", status, afterId).order("ID").limit(limit));
    }

    ProgramManagerEntity[] managers(long programId, int afterId, int limit) {
        return store.find(ProgramManagerEntity.class, Query.select()
                .where(ProgramManagerEntity.PROGRAM_ID + " = ? AND ID > ?", programId, afterId).order("ID").limit(limit));
    }

    ProgramEnrolmentEntity[] approved(long programId, int afterId, int limit) {
        return store.find(ProgramEnrolmentEntity.class, Query.select()
                .where(ProgramEnrolmentEntity.PROGRAM_ID + " = ? AND " + ProgramEnrolmentEntity.STATUS + " = ? AND ID > ?", programId,
                        "APPROVED", afterId).order("ID").limit(limit));
    }

    /** A page of a program's live (active or paused) mentorships, in id order. */
    RelationshipEntity[] liveOfProgram(long programId, int afterId, int limit) {
        return store.find(RelationshipEntity.class, Query.select().where(RelationshipEntity.PROGRAM_ID + " = ? AND "
                + RelationshipEntity.STATUS + " IN (?, ?) AND ID > ?", programId, "ACTIVE", "PAUSED", afterId).order("ID").limit(limit));
    }

    /** Which of {@code userKeys} (one page of people) is a member of a live mentorship of the program: one query. */
    Set<String> inLiveMentorship(long programId, Collection<String> userKeys) {
        if (userKeys.isEmpty()) {
            return Set.of();
        }
        List<String> list = List.copyOf(new HashSet<>(userKeys));
        String marks = list.stream().map(k -> "?").collect(Collectors.joining(", "));
        List<Object> args = new java.util.ArrayList<>(List.of(programId, "ACTIVE", "PAUSED"));
        args.addAll(list);
        args.addAll(list);
        Set<String> out = new HashSet<>();
        for (RelationshipEntity e : store.find(RelationshipEntity.class, Query.select("ID, " + RelationshipEntity.MENTOR_KEY + ", "
                + RelationshipEntity.MENTEE_KEY).where(RelationshipEntity.PROGRAM_ID + " = ? AND " + RelationshipEntity.STATUS
                + " IN (?, ?) AND (" + RelationshipEntity.MENTOR_KEY + " IN (" + marks + ") OR " + RelationshipEntity.MENTEE_KEY
                + " IN (" + marks + "))", args.toArray()))) {
            out.add(e.getMentorKey());
            out.add(e.getMenteeKey());
        }
        out.retainAll(list);
        return out;
    }

    /**
     * Which of {@code keys} (one page's occurrences) went out already: one query, and one more when the page holds
     * mentorship-ending occurrences, which the program's own job sent before under its own key
     * ("programId:endsOn:relationshipId:userKey", in PROGRAM_END_REMIND): each still goes out once.
     */
    Set<String> sent(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<String> list = List.copyOf(new HashSet<>(keys));
        String marks = list.stream().map(k -> "?").collect(Collectors.joining(", "));
        Set<String> out = new HashSet<>();
        for (ReminderSentEntity e : store.find(ReminderSentEntity.class, Query.select()
                .where(ReminderSentEntity.OCCURRENCE_KEY + " IN (" + marks + ")", list.toArray()))) {
            out.add(e.getOccurrenceKey());
        }
        String prefix = ReminderType.MENTORSHIP_ENDING.name() + ":";
        Map<String, String> legacy = new HashMap<>();
        list.stream().filter(k -> k.startsWith(prefix)).forEach(k -> legacy.put(k.substring(prefix.length()), k));
        if (!legacy.isEmpty()) {
            List<String> old = List.copyOf(legacy.keySet());
            for (ProgramEndReminderEntity e : store.find(ProgramEndReminderEntity.class, Query.select().where(
                    ProgramEndReminderEntity.REMINDER_KEY + " IN (" + old.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")",
                    old.toArray()))) {
                out.add(legacy.get(e.getReminderKey()));
            }
        }
        return out;
    }

    /**
     * Claims one occurrence in the caller's transaction: false when it is taken. Two nodes inserting the same key at
     * once: the unique constraint refuses the loser, whose transaction the port runs again, and then finds it taken.
     */
    boolean claim(String occurrenceKey, String recipientKey, long nowMillis) {
        if (store.find(ReminderSentEntity.class, ReminderSentEntity.OCCURRENCE_KEY + " = ?", occurrenceKey).length > 0) {
            return false;
        }
        Map<String, Object> values = new HashMap<>();
        values.put(ReminderSentEntity.OCCURRENCE_KEY, occurrenceKey);
        values.put(ReminderSentEntity.RECIPIENT_KEY, recipientKey);
        values.put(ReminderSentEntity.SENT_AT, nowMillis);
        store.create(ReminderSentEntity.class, values);
        return true;
    }
}
