package org.mentoring.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.mentoring.error.ConflictException;
import org.mentoring.error.Problem;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Reads and writes goals and their history. Every query is bounded by a page size. */
public final class GoalStore {
    private final EntityStore store;

    public GoalStore(EntityStore store) {
        this.store = store;
    }

    Optional<GoalEntity> find(long id) {
        GoalEntity[] rows = store.find(GoalEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    GoalEntity insert(Map<String, Object> values) {
        return store.create(GoalEntity.class, values);
    }

    /** The row of a new goal: {@code goal}'s fields, at revision 1, created and updated {@code now}. */
    static Map<String, Object> newRow(Goal goal, GoalStatus status, long now) {
        Map<String, Object> values = new HashMap<>();
        values.put(GoalEntity.RELATIONSHIP_ID, goal.relationshipId());
        values.put(GoalEntity.OWNER_KEY, goal.ownerKey());
        values.put(GoalEntity.MENTOR_KEY, goal.mentorKey());
        values.put(GoalEntity.MENTEE_KEY, goal.menteeKey());
        values.put(GoalEntity.TITLE, goal.title());
        values.put(GoalEntity.DESCRIPTION, goal.description());
        values.put(GoalEntity.SUCCESS_CRITERIA, goal.successCriteria());
        values.put(GoalEntity.COMPETENCIES, String.join(",", goal.competencies()));
        values.put(GoalEntity.TARGET_DATE, goal.targetDate() == null ? null : goal.targetDate().toString());
        values.put(GoalEntity.STATUS, status.name());
        values.put(GoalEntity.PROGRESS, status == GoalStatus.ACHIEVED ? 100 : 0);
        values.put(GoalEntity.CREATED_AT, now);
        values.put(GoalEntity.UPDATED_AT, now);
        values.put(GoalEntity.REVISION, 1);
        values.put(GoalEntity.ISSUE_ID, goal.issueId());
        return values;
    }

    /** Sets the row of {@code before} to status {@code to} at the next revision (not saved). */
    static void moveRow(GoalEntity entity, Goal before, GoalStatus to, long now) {
        entity.setStatus(to.name());
        if (to == GoalStatus.ACHIEVED) {
            entity.setProgress(100);
        }
        entity.setRevision(before.version() + 1);
        entity.setUpdatedAt(now);
    }

    Page<Goal> page(String where, Object[] args, PageRequest page) {
        GoalEntity[] rows = store.find(GoalEntity.class, Query.select().where(where, args)
                .order(GoalEntity.UPDATED_AT + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(GoalStore::toRecord).toList(),
                () -> store.count(GoalEntity.class, Query.select().where(where, args)));
    }

    /** The first {@code limit} goals matching, most recently changed first, without counting the rest. */
    List<Goal> first(String where, Object[] args, int limit) {
        return Arrays.stream(store.find(GoalEntity.class, Query.select().where(where, args)
                .order(GoalEntity.UPDATED_AT + " DESC, ID DESC").limit(limit))).map(GoalStore::toRecord).toList();
    }

    /** The goal's history entry for revision {@code seq}; unique, so a second writer from the same revision fails. */
    void appendEvent(long goalId, int seq, String type, String actionName, String actorKey, Instant at,
                     GoalStatus from, GoalStatus to, String note) {
        Map<String, Object> values = new HashMap<>();
        values.put(GoalEventEntity.GOAL_ID, goalId);
        values.put(GoalEventEntity.SEQ, seq);
        values.put(GoalEventEntity.EVENT_KEY, goalId + ":" + seq);
        values.put(GoalEventEntity.TYPE, type);
        values.put(GoalEventEntity.ACTION_NAME, actionName);
        values.put(GoalEventEntity.ACTOR_KEY, actorKey);
        values.put(GoalEventEntity.OCCURRED_AT, at.toEpochMilli());
        values.put(GoalEventEntity.FROM_STATUS, from == null ? null : from.name());
        values.put(GoalEventEntity.TO_STATUS, to.name());
        values.put(GoalEventEntity.NOTE, note);
        try {
            store.create(GoalEventEntity.class, values);
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                throw new ConflictException(Problem.of("version", "mentoring.error.concurrent"));
            }
            throw e;
        }
    }

    List<GoalEventEntity> events(long goalId, PageRequest page) {
        return List.of(store.find(GoalEventEntity.class, Query.select().where(GoalEventEntity.GOAL_ID + " = ?", goalId)
                .order(GoalEventEntity.SEQ).limit(page.maxResults()).offset(page.startAt())));
    }

    /** Recounts a relationship's goals into its summary (three aggregate queries, whatever the number of goals). */
    void refreshSummary(long relationshipId, long now) {
        String rel = GoalEntity.RELATIONSHIP_ID + " = ?";
        int total = store.count(GoalEntity.class, Query.select().where(rel, relationshipId));
        int achieved = store.count(GoalEntity.class, Query.select().where(rel + " AND " + GoalEntity.STATUS + " = ?",
                relationshipId, GoalStatus.ACHIEVED.name()));
        int dropped = store.count(GoalEntity.class, Query.select().where(rel + " AND " + GoalEntity.STATUS + " = ?",
                relationshipId, GoalStatus.DROPPED.name()));
        GoalEntity[] open = store.find(GoalEntity.class, Query.select("ID, " + GoalEntity.PROGRESS)
                .where(rel + " AND " + GoalEntity.STATUS + " NOT IN (?, ?)", relationshipId,
                        GoalStatus.ACHIEVED.name(), GoalStatus.DROPPED.name()).limit(1000));
        int average = (int) Math.round(Arrays.stream(open).mapToInt(GoalEntity::getProgress).average().orElse(0));
        GoalSummaryEntity[] rows = store.find(GoalSummaryEntity.class, GoalSummaryEntity.RELATIONSHIP_ID + " = ?", relationshipId);
        if (rows.length == 0) {
            store.create(GoalSummaryEntity.class, Map.of(GoalSummaryEntity.RELATIONSHIP_ID, relationshipId,
                    GoalSummaryEntity.TOTAL, total, GoalSummaryEntity.OPEN_GOALS, total - achieved - dropped,
                    GoalSummaryEntity.ACHIEVED, achieved, GoalSummaryEntity.AVERAGE_PROGRESS, average,
                    GoalSummaryEntity.UPDATED_AT, now));
            return;
        }
        GoalSummaryEntity s = rows[0];
        s.setTotal(total);
        s.setOpenGoals(total - achieved - dropped);
        s.setAchieved(achieved);
        s.setAverageProgress(average);
        s.setUpdatedAt(now);
        s.save();
    }

    Optional<GoalSummaryEntity> summary(long relationshipId) {
        GoalSummaryEntity[] rows = store.find(GoalSummaryEntity.class, GoalSummaryEntity.RELATIONSHIP_ID + " = ?", relationshipId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static Goal toRecord(GoalEntity e) {
        String tags = e.getCompetencies();
        return new Goal(e.getID(), e.getRelationshipId(), e.getOwnerKey(), e.getMentorKey(), e.getMenteeKey(), e.getTitle(),
                e.getDescription(), e.getSuccessCriteria(),
                tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(",")),
                e.getTargetDate() == null ? null : LocalDate.parse(e.getTargetDate()), GoalStatus.valueOf(e.getStatus()),
                e.getProgress(), e.getLastCheckinAt() == null ? null : Instant.ofEpochMilli(e.getLastCheckinAt()),
                Instant.ofEpochMilli(e.getCreatedAt()), Instant.ofEpochMilli(e.getUpdatedAt()), e.getRevision(), e.getIssueId());
    }
}
