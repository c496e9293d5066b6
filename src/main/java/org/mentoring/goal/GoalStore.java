package org.mentoring.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.history.History;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Reads and writes goals and their history. Every query is bounded by a page size. */
public final class GoalStore {
    private final EntityStore store;

    public GoalStore(EntityStore store) {
        this.store = store;
    }

    Optional<GoalEntity> find(long id) {
        if (!EntityStore.isId(id)) {
            return Optional.empty();
        }
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

    /** A page of one relationship's goals, in the given statuses (any when empty), most recently changed first. */
    Page<Goal> ofRelationship(long relationshipId, Set<GoalStatus> statuses, PageRequest page) {
        StringBuilder where = new StringBuilder(GoalEntity.RELATIONSHIP_ID + " = ?");
        List<Object> args = new ArrayList<>(List.of(relationshipId));
        if (!statuses.isEmpty()) {
            where.append(" AND ").append(GoalEntity.STATUS).append(" IN (")
                    .append(statuses.stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
            statuses.stream().map(Enum::name).sorted().forEach(args::add);
        }
        return page(where.toString(), args.toArray(), page);
    }

    /** Up to {@code limit} open goals of a relationship, most recently changed first. */
    List<Goal> openGoals(long relationshipId, int limit) {
        return first(GoalEntity.RELATIONSHIP_ID + " = ? AND " + GoalEntity.STATUS + " NOT IN (?, ?)",
                new Object[] {relationshipId, GoalStatus.ACHIEVED.name(), GoalStatus.DROPPED.name()}, limit);
    }

    /** Goals of every relationship {@code userKey} is a member of, most recently changed first. */
    Page<Goal> ofMember(String userKey, PageRequest page) {
        return page("(" + GoalEntity.MENTOR_KEY + " = ? OR " + GoalEntity.MENTEE_KEY + " = ?)", new Object[] {userKey, userKey}, page);
    }

    /** Titles of a relationship's goals by id, most recently changed first (at most {@code max}). */
    Map<Long, String> titles(long relationshipId, int max) {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (GoalEntity e : store.find(GoalEntity.class, Query.select("ID, " + GoalEntity.TITLE + ", " + GoalEntity.UPDATED_AT)
                .where(GoalEntity.RELATIONSHIP_ID + " = ?", relationshipId).order(GoalEntity.UPDATED_AT + " DESC, ID DESC").limit(max))) {
            titles.put((long) e.getID(), e.getTitle());
        }
        return titles;
    }

    boolean belongsTo(long goalId, long relationshipId) {
        return EntityStore.isId(goalId) && store.count(GoalEntity.class, Query.select().where("ID = ? AND " + GoalEntity.RELATIONSHIP_ID + " = ?", goalId, relationshipId)) > 0;
    }

    void insertCheckIn(Map<String, Object> values) {
        store.create(GoalCheckInEntity.class, values);
    }

    /** A page of a goal's check-ins, latest first. */
    List<GoalCheckInEntity> checkIns(long goalId, PageRequest page) {
        return List.of(store.find(GoalCheckInEntity.class, Query.select().where(GoalCheckInEntity.GOAL_ID + " = ?", goalId)
                .order(GoalCheckInEntity.RECORDED_AT + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt())));
    }

    /** A new milestone after the goal's others, not done. */
    GoalMilestoneEntity appendMilestone(long goalId, String title) {
        int position = store.count(GoalMilestoneEntity.class, Query.select().where(GoalMilestoneEntity.GOAL_ID + " = ?", goalId));
        return store.create(GoalMilestoneEntity.class, Map.of(GoalMilestoneEntity.GOAL_ID, goalId,
                GoalMilestoneEntity.TITLE, title, GoalMilestoneEntity.DONE, false, GoalMilestoneEntity.POSITION, position));
    }

    Optional<GoalMilestoneEntity> milestone(long goalId, long milestoneId) {
        if (!EntityStore.isId(milestoneId)) {
            return Optional.empty();
        }
        GoalMilestoneEntity[] rows = store.find(GoalMilestoneEntity.class, GoalMilestoneEntity.GOAL_ID + " = ? AND ID = ?", goalId, milestoneId);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The percentage of a goal's milestones that are done (two counts), 0 without milestones. */
    int milestoneShareDone(long goalId) {
        int all = store.count(GoalMilestoneEntity.class, Query.select().where(GoalMilestoneEntity.GOAL_ID + " = ?", goalId));
        if (all == 0) {
            return 0;
        }
        int done = store.count(GoalMilestoneEntity.class, Query.select().where(GoalMilestoneEntity.GOAL_ID + " = ? AND "
                + GoalMilestoneEntity.DONE + " = ?", goalId, true));
        return (int) Math.round(done * 100.0 / all);
    }

    /** A goal's first {@code limit} milestones, in their order. */
    List<GoalMilestoneEntity> milestones(long goalId, int limit) {
        return List.of(store.find(GoalMilestoneEntity.class, Query.select().where(GoalMilestoneEntity.GOAL_ID + " = ?", goalId)
                .order(GoalMilestoneEntity.POSITION + ", ID").limit(limit)));
    }

    GoalEvidenceEntity insertEvidence(Map<String, Object> values) {
        return store.create(GoalEvidenceEntity.class, values);
    }

    /** A goal's first {@code limit} pieces of evidence, oldest first. */
    List<GoalEvidenceEntity> evidence(long goalId, int limit) {
        return List.of(store.find(GoalEvidenceEntity.class, Query.select().where(GoalEvidenceEntity.GOAL_ID + " = ?", goalId)
                .order("ID").limit(limit)));
    }

    void delete(net.java.ao.RawEntity<?> row) {
        store.delete(row);
    }

    /** The goal row mirroring issue {@code issueId}, if any. */
    Optional<GoalEntity> byIssue(long issueId) {
        GoalEntity[] rows = store.find(GoalEntity.class, Query.select().where(GoalEntity.ISSUE_ID + " = ?", issueId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** Deletes a goal with everything it holds (its issue was deleted in Jira). */
    void deleteWithContent(GoalEntity row) {
        long goalId = row.getID();
        store.deleteWithSQL(GoalCheckInEntity.class, GoalCheckInEntity.GOAL_ID + " = ?", goalId);
        store.deleteWithSQL(GoalMilestoneEntity.class, GoalMilestoneEntity.GOAL_ID + " = ?", goalId);
        store.deleteWithSQL(GoalEvidenceEntity.class, GoalEvidenceEntity.GOAL_ID + " = ?", goalId);
        store.deleteWithSQL(GoalEventEntity.class, GoalEventEntity.GOAL_ID + " = ?", goalId);
        store.delete(row);
    }

    /** The goal's history entry for revision {@code seq}; unique, so a second writer from the same revision fails. */
    void appendEvent(long goalId, int seq, String type, String actionName, String actorKey, Instant at,
                     GoalStatus from, GoalStatus to, String note) {
        Map<String, Object> extra = new HashMap<>();
        extra.put(GoalEventEntity.ACTION_NAME, actionName);
        History.append(store, GoalEventEntity.class, GoalEventEntity.GOAL_ID, goalId,
                new History.Entry(seq, type, actorKey, at, from == null ? null : from.name(), to.name(), note), extra);
    }

    /**
     * The latest "sent back for more work" entry (In Review to In Progress, with its required comment) of each
     * of {@code goalIds}: one query, at most {@code limit} rows read, newest first (a goal's entry is missed only
     * behind {@code limit} newer ones of the others).
     */
    Map<Long, GoalEventEntity> latestSentBack(List<Long> goalIds, int limit) {
        Map<Long, GoalEventEntity> latest = new HashMap<>();
        if (goalIds.isEmpty()) {
            return latest;
        }
        List<Object> args = new ArrayList<>(goalIds);
        args.add(GoalStatus.IN_REVIEW.name());
        args.add(GoalStatus.IN_PROGRESS.name());
        GoalEventEntity[] rows = store.find(GoalEventEntity.class, Query.select()
                .where(GoalEventEntity.GOAL_ID + " IN (" + goalIds.stream().map(id -> "?").collect(Collectors.joining(", ")) + ") AND "
                        + GoalEventEntity.FROM_STATUS + " = ? AND " + GoalEventEntity.TO_STATUS + " = ? AND "
                        + GoalEventEntity.NOTE + " IS NOT NULL", args.toArray())
                .order(GoalEventEntity.OCCURRED_AT + " DESC, ID DESC").limit(limit));
        for (GoalEventEntity row : rows) {
            latest.putIfAbsent(row.getGoalId(), row);
        }
        return latest;
    }

    List<GoalEventEntity> events(long goalId, PageRequest page) {
        return List.of(store.find(GoalEventEntity.class, Query.select().where(GoalEventEntity.GOAL_ID + " = ?", goalId)
                .order(GoalEventEntity.SEQ).limit(page.maxResults()).offset(page.startAt())));
    }

    /** Recounts a relationship's goals into its summary (three aggregate queries, whatever the number of goals). */
    void refreshSummary(long relationshipId, long now) {
        // Lock the summary row first: a concurrent goal change of this relationship then commits before the counts
        // below are read (READ COMMITTED), so the last writer's counts include every goal. The first summary of a
        // relationship is created once; a concurrent creator loses on its unique key and runs again.
        GoalSummaryEntity[] rows = store.find(GoalSummaryEntity.class, GoalSummaryEntity.RELATIONSHIP_ID + " = ?", relationshipId);
        if (rows.length > 0) {
            rows[0].setRelationshipId(rows[0].getRelationshipId()); // a column that never changes: nothing stale written
            rows[0].save();
        }
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

    /** The goal summaries of several relationships (one query). */
    Map<Long, GoalSummaryEntity> summaries(List<Long> relationshipIds) {
        Map<Long, GoalSummaryEntity> found = new HashMap<>();
        if (!relationshipIds.isEmpty()) {
            for (GoalSummaryEntity e : store.find(GoalSummaryEntity.class, Query.select()
                    .where(GoalSummaryEntity.RELATIONSHIP_ID + " IN (" + marks(relationshipIds.size()) + ")", relationshipIds.toArray()))) {
                found.put(e.getRelationshipId(), e);
            }
        }
        return found;
    }

    /**
     * Goals of these relationships that wait for {@code viewerKey} as the member who does not own them (drafts to
     * agree, goals in review to sign off): at most {@code limit} rows, one query.
     */
    List<GoalEntity> waitingForOtherMember(String viewerKey, List<Long> relationshipIds, int limit) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(relationshipIds);
        args.add(viewerKey);
        args.add(viewerKey);
        args.add(viewerKey);
        args.add(GoalStatus.DRAFT.name());
        args.add(GoalStatus.IN_REVIEW.name());
        return List.of(store.find(GoalEntity.class, Query.select("ID, " + GoalEntity.RELATIONSHIP_ID + ", " + GoalEntity.STATUS)
                .where(GoalEntity.RELATIONSHIP_ID + " IN (" + marks(relationshipIds.size()) + ") AND (" + GoalEntity.MENTOR_KEY + " = ? OR "
                        + GoalEntity.MENTEE_KEY + " = ?) AND " + GoalEntity.OWNER_KEY + " <> ? AND " + GoalEntity.STATUS + " IN (?, ?)",
                        args.toArray()).limit(limit)));
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
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
