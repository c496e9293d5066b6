package org.mentoring.feedback;

import org.mentoring.access.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Reads and writes feedback, its versions, threads and rounds. Every query is bounded by a page size. */
public final class FeedbackStore {
    private final EntityStore store;

    public FeedbackStore(EntityStore store) {
        this.store = store;
    }

    Optional<FeedbackEntity> find(long id) {
        if (!EntityStore.isId(id)) {
            return Optional.empty();
        }
        return first(store.find(FeedbackEntity.class, Query.select().where("ID = ?", id)));
    }

    /**
     * The feedback, re-read after writing its row: the write takes the row lock, so a concurrent change of the same
     * feedback waits for this transaction and then sees what it wrote (the rule checks after it are then sound).
     * The write sets a column that never changes, so it puts nothing stale over a concurrent writer's values.
     */
    FeedbackEntity locked(FeedbackEntity feedback) {
        feedback.setRelationshipId(feedback.getRelationshipId());
        feedback.save();
        return find(feedback.getID()).orElseThrow();
    }

    FeedbackEntity insert(Map<String, Object> values) {
        return store.create(FeedbackEntity.class, values);
    }

    /**
     * A page of feedback, newest first. Without {@code withTotal} one row more is read instead of counting
     * (the total then only says whether there is more); with it, a first page that is not full needs no count.
     */
    /**
     * A page of a relationship's feedback (of one goal, when given) that {@code viewerKey} may read: their own, or of a
     * visibility in {@code readable} whose round, if any, is revealed at {@code now}. Without {@code withTotal} the total
     * only says whether there is more.
     */
    Page<FeedbackEntity> readableBy(long relationshipId, Long goalId, String viewerKey, List<Visibility> readable, Instant now,
                                    PageRequest page, boolean withTotal) {
        StringBuilder where = new StringBuilder(FeedbackEntity.RELATIONSHIP_ID + " = ?");
        List<Object> args = new ArrayList<>(List.of(relationshipId));
        if (goalId != null) {
            where.append(" AND ").append(FeedbackEntity.GOAL_ID).append(" = ?");
            args.add(goalId);
        }
        where.append(" AND (").append(FeedbackEntity.AUTHOR_KEY).append(" = ?");
        args.add(viewerKey);
        if (!readable.isEmpty()) {
            where.append(" OR (").append(FeedbackEntity.VISIBILITY).append(" IN (")
                    .append(readable.stream().map(v -> "?").collect(Collectors.joining(", "))).append(") AND (")
                    .append(FeedbackEntity.ROUND_ID).append(" IS NULL OR ").append(FeedbackEntity.REVEALS_AT).append(" <= ?))");
            readable.stream().map(Enum::name).forEach(args::add);
            args.add(now.toEpochMilli());
        }
        where.append(")");
        return page(where.toString(), args.toArray(), page, withTotal);
    }

    private Page<FeedbackEntity> page(String where, Object[] args, PageRequest page, boolean withTotal) {
        int fetch = withTotal ? page.maxResults() : page.maxResults() + 1;
        FeedbackEntity[] rows = store.find(FeedbackEntity.class, Query.select().where(where, args)
                .order(FeedbackEntity.GIVEN_AT + " DESC, ID DESC").limit(fetch).offset(page.startAt()));
        if (!withTotal) {
            List<FeedbackEntity> values = List.of(rows).subList(0, Math.min(rows.length, page.maxResults()));
            return new Page<>(page.startAt(), page.maxResults(), page.startAt() + rows.length, values);
        }
        return Page.counted(page, List.of(rows), () -> store.count(FeedbackEntity.class, Query.select().where(where, args)));
    }

    /** Keeps {@code current} as an earlier version; the unique key makes it the edit's serialization point. */
    void keepVersion(FeedbackEntity current) {
        Map<String, Object> values = new HashMap<>();
        values.put(FeedbackVersionEntity.FEEDBACK_ID, (long) current.getID());
        values.put(FeedbackVersionEntity.REVISION, current.getRevision());
        values.put(FeedbackVersionEntity.VERSION_KEY, current.getID() + ":" + current.getRevision());
        values.put(FeedbackVersionEntity.KIND, current.getKind());
        values.put(FeedbackVersionEntity.TEXT, current.getText());
        values.put(FeedbackVersionEntity.RATINGS, current.getRatings());
        values.put(FeedbackVersionEntity.GOAL_ID, current.getGoalId());
        values.put(FeedbackVersionEntity.PAGE_ID, current.getPageId());
        values.put(FeedbackVersionEntity.VISIBILITY, current.getVisibility());
        values.put(FeedbackVersionEntity.WRITTEN_AT, current.getEditedAt() != null ? current.getEditedAt() : current.getGivenAt());
        store.create(FeedbackVersionEntity.class, values);
    }

    List<FeedbackVersionEntity> versions(long feedbackId, PageRequest page) {
        return List.of(store.find(FeedbackVersionEntity.class, Query.select().where(FeedbackVersionEntity.FEEDBACK_ID + " = ?", feedbackId)
                .order(FeedbackVersionEntity.REVISION).limit(page.maxResults()).offset(page.startAt())));
    }

    FeedbackReplyEntity insertReply(long feedbackId, int seq, String authorKey, String text, long now) {
        return store.create(FeedbackReplyEntity.class, Map.of(FeedbackReplyEntity.FEEDBACK_ID, feedbackId,
                FeedbackReplyEntity.SEQ, seq, FeedbackReplyEntity.REPLY_KEY, feedbackId + ":" + seq,
                FeedbackReplyEntity.AUTHOR_KEY, authorKey, FeedbackReplyEntity.TEXT, text, FeedbackReplyEntity.WRITTEN_AT, now));
    }

    List<FeedbackReplyEntity> replies(long feedbackId, PageRequest page) {
        return List.of(store.find(FeedbackReplyEntity.class, Query.select().where(FeedbackReplyEntity.FEEDBACK_ID + " = ?", feedbackId)
                .order(FeedbackReplyEntity.SEQ).limit(page.maxResults()).offset(page.startAt())));
    }

    /** The newest replies of several threads in one query, at most {@code cap} in all, oldest first per thread. */
    Map<Long, List<FeedbackReplyEntity>> latestReplies(Collection<Long> feedbackIds, int cap) {
        if (feedbackIds.isEmpty()) {
            return Map.of();
        }
        String marks = feedbackIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        FeedbackReplyEntity[] rows = store.find(FeedbackReplyEntity.class, Query.select()
                .where(FeedbackReplyEntity.FEEDBACK_ID + " IN (" + marks + ")", feedbackIds.toArray())
                .order("ID DESC").limit(cap));
        Map<Long, List<FeedbackReplyEntity>> threads = Arrays.stream(rows)
                .collect(Collectors.groupingBy(r -> r.getFeedbackId(), Collectors.toList()));
        threads.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.getSeq(), b.getSeq())));
        return threads;
    }

    // --- rounds ----------------------------------------------------------------------------------

    Optional<FeedbackRoundEntity> round(long id) {
        if (!EntityStore.isId(id)) {
            return Optional.empty();
        }
        return first(store.find(FeedbackRoundEntity.class, Query.select().where("ID = ?", id)));
    }

    /** The rounds of several relationships still open at {@code now} (not revealed, deadline ahead): one query. */
    List<FeedbackRoundEntity> openRounds(List<Long> relationshipIds, long now, int limit) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(relationshipIds);
        args.add(now);
        return List.of(store.find(FeedbackRoundEntity.class, Query.select()
                .where(FeedbackRoundEntity.RELATIONSHIP_ID + " IN (" + relationshipIds.stream().map(id -> "?").collect(Collectors.joining(", "))
                        + ") AND " + FeedbackRoundEntity.REVEALED_AT + " IS NULL AND " + FeedbackRoundEntity.DEADLINE + " > ?", args.toArray())
                .limit(limit)));
    }

    Optional<FeedbackRoundEntity> latestRound(long relationshipId) {
        return first(store.find(FeedbackRoundEntity.class, Query.select()
                .where(FeedbackRoundEntity.RELATIONSHIP_ID + " = ?", relationshipId)
                .order(FeedbackRoundEntity.OPENED_AT + " DESC, ID DESC").limit(1)));
    }

    Page<FeedbackRoundEntity> rounds(long relationshipId, PageRequest page) {
        String where = FeedbackRoundEntity.RELATIONSHIP_ID + " = ?";
        FeedbackRoundEntity[] rows = store.find(FeedbackRoundEntity.class, Query.select().where(where, relationshipId)
                .order(FeedbackRoundEntity.OPENED_AT + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, List.of(rows), () -> store.count(FeedbackRoundEntity.class, Query.select().where(where, relationshipId)));
    }

    /** Round {@code seq} of a relationship; a concurrent opener of the same round number makes this fail. */
    FeedbackRoundEntity insertRound(long relationshipId, int seq, String openedBy, long openedAt, long deadline) {
        Map<String, Object> values = new HashMap<>();
        values.put(FeedbackRoundEntity.RELATIONSHIP_ID, relationshipId);
        values.put(FeedbackRoundEntity.ROUND_KEY, relationshipId + ":" + seq);
        values.put(FeedbackRoundEntity.OPENED_BY, openedBy);
        values.put(FeedbackRoundEntity.OPENED_AT, openedAt);
        values.put(FeedbackRoundEntity.DEADLINE, deadline);
        return store.create(FeedbackRoundEntity.class, values);
    }

    static int roundSeq(FeedbackRoundEntity round) {
        String key = round.getRoundKey();
        return Integer.parseInt(key.substring(key.lastIndexOf(':') + 1));
    }

    /** Submission {@code seq} (1 or 2) of a round: the serialization point between the two members. */
    void insertSubmission(long roundId, int seq, String authorKey, long feedbackId, long now) {
        store.create(FeedbackSubmissionEntity.class, Map.of(FeedbackSubmissionEntity.ROUND_ID, roundId,
                FeedbackSubmissionEntity.SEQ, seq, FeedbackSubmissionEntity.SUBMIT_KEY, roundId + ":" + seq,
                FeedbackSubmissionEntity.AUTHOR_KEY, authorKey, FeedbackSubmissionEntity.FEEDBACK_ID, feedbackId,
                FeedbackSubmissionEntity.SUBMITTED_AT, now));
    }

    /** The round's feedback by the other member, to reveal it with one's own. */
    List<FeedbackEntity> roundFeedbackBy(long roundId, String authorKey) {
        return List.of(store.find(FeedbackEntity.class, Query.select()
                .where(FeedbackEntity.ROUND_ID + " = ? AND " + FeedbackEntity.AUTHOR_KEY + " = ?", roundId, authorKey).limit(10)));
    }


    private static <T> Optional<T> first(T[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
