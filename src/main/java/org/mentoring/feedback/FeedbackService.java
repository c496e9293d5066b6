package org.mentoring.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.access.Action;
import org.mentoring.access.Role;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.DomainException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.GoalService;
import org.mentoring.host.Notifications;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipNotices;
import org.mentoring.relationship.PairContent;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.web.PageLinks;

/**
 * Two-way feedback within a relationship: given by either member to the other, acknowledged by its recipient,
 * discussed in one thread, corrected by its author for a while (earlier versions kept), and exchanged blind in
 * rounds. Readers: the members (the author always; the recipient once any round is revealed) and, for PROGRAM
 * feedback, the program's managers. Administrators and anyone else read nothing (404).
 */
public final class FeedbackService {
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_REPLY = 4000;
    public static final int MAX_RATINGS = 5;
    public static final int MAX_COMPETENCY = 40;
    public static final int DEFAULT_ROUND_DAYS = 7;
    public static final int MAX_ROUND_DAYS = 30;
    private static final String VISIBILITIES = "PAIR, PROGRAM";

    private final FeedbackStore store;
    private final PairContent content;
    private final GoalService goals;
    private final Notifications notifications;
    private final Clock clock;

    public FeedbackService(FeedbackStore store, PairContent content, GoalService goals, Notifications notifications, Clock clock) {
        this.store = store;
        this.content = content;
        this.goals = goals;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    public Feedback get(String viewerKey, long feedbackId) {
        FeedbackEntity entity = store.find(feedbackId).orElseThrow(() -> new NotFoundException("feedback"));
        RelationshipService.Viewed viewed = requireReader(viewerKey, entity.getRelationshipId());
        Instant now = clock.instant();
        if (!readable(viewerKey, viewed.role(), entity, now)) {
            throw new NotFoundException("feedback");
        }
        return toRecord(entity, viewerKey, viewed, now);
    }

    /** A page of one relationship's feedback, with the relationship as the viewer saw it (read once). */
    public record RelationshipFeedback(RelationshipService.Viewed relationship, Page<Feedback> feedback) {
    }

    /** The feedback of a relationship the viewer may read, newest first; {@code goalId} narrows it to one goal. */
    public RelationshipFeedback ofRelationship(String viewerKey, long relationshipId, Long goalId, PageRequest page) {
        RelationshipService.Viewed viewed = requireReader(viewerKey, relationshipId);
        return new RelationshipFeedback(viewed, ofRelationship(viewerKey, viewed, goalId, page, true));
    }

    /**
     * The same for a relationship the caller already viewed (pages, macros). Hidden round feedback is left
     * out in the query itself, so neither the values nor the total give away that it exists. Without
     * {@code withTotal} the total only says whether there is more (one query fewer).
     */
    public Page<Feedback> ofRelationship(String viewerKey, RelationshipService.Viewed viewed, Long goalId, PageRequest page,
                                         boolean withTotal) {
        if (!mayRead(viewed.role())) {
            throw new NotFoundException("feedback");
        }
        Instant now = clock.instant();
        List<Visibility> readable = Arrays.stream(Visibility.values()).filter(v -> content.reads(viewed, v)).toList();
        return store.readableBy(viewed.relationship().id(), goalId, viewerKey, readable, now, page, withTotal)
                .map(e -> toRecord(e, viewerKey, viewed, now));
    }

    /**
     * The newest replies of a page of feedback the caller already read through this service, in one query (none
     * when no thread has replies): at most {@code perThread} per thread and {@code cap} in all.
     */
    public Map<Long, List<Reply>> latestReplies(List<Feedback> readable, int perThread, int cap) {
        List<Long> ids = readable.stream().filter(f -> f.replyCount() > 0).map(Feedback::id).toList();
        Map<Long, List<Reply>> threads = new HashMap<>();
        store.latestReplies(ids, cap).forEach((id, rows) -> threads.put(id,
                rows.subList(Math.max(0, rows.size() - perThread), rows.size()).stream().map(FeedbackService::reply).toList()));
        return threads;
    }

    /** A feedback's thread, oldest first; the total is the thread's length (kept with the feedback, not counted). */
    public Page<Reply> replies(String viewerKey, long feedbackId, PageRequest page) {
        Feedback feedback = get(viewerKey, feedbackId);
        return new Page<>(page.startAt(), page.maxResults(), feedback.replyCount(),
                store.replies(feedbackId, page).stream().map(FeedbackService::reply).toList());
    }

    /** Earlier versions, oldest first, for whoever may read the feedback now. */
    public Page<FeedbackVersion> versions(String viewerKey, long feedbackId, PageRequest page) {
        Feedback feedback = get(viewerKey, feedbackId);
        return new Page<>(page.startAt(), page.maxResults(), feedback.version() - 1, store.versions(feedbackId, page).stream()
                .map(v -> new FeedbackVersion(feedbackId, v.getRevision(), FeedbackKind.valueOf(v.getKind()), v.getText(),
                        Rating.decode(v.getRatings()), v.getGoalId(), v.getPageId(), Visibility.valueOf(v.getVisibility()),
                        Instant.ofEpochMilli(v.getWrittenAt())))
                .toList());
    }

    public Round round(String viewerKey, long roundId) {
        FeedbackRoundEntity round = store.round(roundId).orElseThrow(() -> new NotFoundException("round"));
        RelationshipService.Viewed viewed;
        try {
            viewed = requireReader(viewerKey, round.getRelationshipId());
        } catch (NotFoundException e) {
            throw new NotFoundException("round");
        }
        return round(round, viewerKey, viewed, clock.instant());
    }

    /** A relationship's rounds, newest first. */
    public Page<Round> rounds(String viewerKey, long relationshipId, PageRequest page) {
        RelationshipService.Viewed viewed = requireReader(viewerKey, relationshipId);
        Instant now = clock.instant();
        return store.rounds(relationshipId, page).map(r -> round(r, viewerKey, viewed, now));
    }

    /** The relationship's most recent round, for a relationship the caller already viewed (one query). */
    public Optional<Round> latestRound(String viewerKey, RelationshipService.Viewed viewed) {
        if (!mayRead(viewed.role())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.latestRound(viewed.relationship().id()).map(r -> round(r, viewerKey, viewed, now));
    }

    /**
     * Which of the viewer's own relationships ({@code memberOf}, as listed for them) have a blind round open that
     * waits for the viewer's feedback: one query, whatever their number.
     */
    public Set<Long> roundsAwaiting(String viewerKey, List<org.mentoring.relationship.Relationship> memberOf) {
        Map<Long, org.mentoring.relationship.Relationship> mine = new HashMap<>();
        memberOf.stream().filter(r -> r.isMember(viewerKey)).forEach(r -> mine.put(r.id(), r));
        Set<Long> waiting = new HashSet<>();
        for (FeedbackRoundEntity round : store.openRounds(List.copyOf(mine.keySet()), clock.millis(), mine.size() * 4)) {
            org.mentoring.relationship.Relationship r = mine.get(round.getRelationshipId());
            Long submitted = r.mentorKey().equals(viewerKey) ? round.getMentorSubmittedAt() : round.getMenteeSubmittedAt();
            if (submitted == null) {
                waiting.add(r.id());
            }
        }
        return waiting;
    }

    /** Whether the viewer reads any of this relationship's feedback (its members and its program's managers). */
    public boolean readsFeedback(RelationshipService.Viewed viewed) {
        return mayRead(viewed.role());
    }

    /** Whether the viewer may give feedback and open rounds now (a member, while the relationship is open for it). */
    public boolean mayContribute(RelationshipService.Viewed viewed) {
        return FeedbackRules.refuseContribution(viewed.role(), viewed.relationship().status()).isEmpty();
    }

    // --- writing ---------------------------------------------------------------------------------

    /** Gives feedback to the other member; with {@code roundId}, as the giver's submission to that blind round. */
    public Feedback give(String actorKey, long relationshipId, FeedbackInput input, Long roundId) {
        Problems problems = new Problems();
        Fields fields = fields(problems, input);
        problems.throwIfAny();
        return content.write(() -> {
            RelationshipService.Viewed viewed = content.view(actorKey, relationshipId);
            Relationship r = viewed.relationship();
            throwIf(FeedbackRules.refuseContribution(viewed.role(), r.status()));
            requireGoalOf(fields.goalId(), relationshipId);
            Instant now = clock.instant();
            String recipient = r.otherMember(actorKey);
            Map<String, Object> values = new HashMap<>();
            values.put(FeedbackEntity.RELATIONSHIP_ID, relationshipId);
            values.put(FeedbackEntity.AUTHOR_KEY, actorKey);
            values.put(FeedbackEntity.RECIPIENT_KEY, recipient);
            values.put(FeedbackEntity.GIVEN_AT, now.toEpochMilli());
            values.put(FeedbackEntity.REVISION, 1);
            values.put(FeedbackEntity.REPLY_COUNT, 0);
            fields.writeTo(values);
            if (roundId == null) {
                FeedbackEntity created = store.insert(values);
                notify(recipient, actorKey, r, "mentoring.feedback.notify.given", created);
                return toRecord(created, actorKey, viewed, now);
            }
            return submit(actorKey, viewed, roundId, values, now);
        });
    }

    /** The giver's submission to a blind round: hidden from the other member until both submitted or the deadline. */
    private Feedback submit(String actorKey, RelationshipService.Viewed viewed, long roundId, Map<String, Object> values, Instant now) {
        Relationship r = viewed.relationship();
        FeedbackRoundEntity round = store.round(roundId).filter(x -> x.getRelationshipId() == r.id())
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("roundId", "mentoring.feedback.round.unknown"))));
        if (!roundOpen(round, now)) {
            throw new RuleViolationException(Problem.of("roundId", "mentoring.feedback.round.closed"));
        }
        boolean mentor = r.mentorKey().equals(actorKey);
        Long mine = mentor ? round.getMentorSubmittedAt() : round.getMenteeSubmittedAt();
        Long theirs = mentor ? round.getMenteeSubmittedAt() : round.getMentorSubmittedAt();
        if (mine != null) {
            throw new RuleViolationException(Problem.of("roundId", "mentoring.feedback.round.submitted"));
        }
        values.put(FeedbackEntity.ROUND_ID, roundId);
        values.put(FeedbackEntity.REVEALS_AT, theirs == null ? round.getDeadline() : now.toEpochMilli());
        FeedbackEntity created = store.insert(values);
        store.insertSubmission(roundId, theirs == null ? 1 : 2, actorKey, created.getID(), now.toEpochMilli());
        if (mentor) {
            round.setMentorSubmittedAt(now.toEpochMilli());
        } else {
            round.setMenteeSubmittedAt(now.toEpochMilli());
        }
        if (theirs != null) {
            // Both have submitted: reveal both sides now, and only now tell each that there is something to read.
            round.setRevealedAt(now.toEpochMilli());
            for (FeedbackEntity other : store.roundFeedbackBy(roundId, r.otherMember(actorKey))) {
                other.setRevealsAt(now.toEpochMilli());
                other.save();
            }
            notify(r.mentorKey(), r.menteeKey(), r, "mentoring.feedback.notify.revealed", created);
            notify(r.menteeKey(), r.mentorKey(), r, "mentoring.feedback.notify.revealed", created);
        }
        round.save();
        return toRecord(created, actorKey, viewed, now);
    }

    /** Changes feedback its author gave less than 24 hours ago; the version it replaces is kept. */
    public Feedback edit(String actorKey, long feedbackId, FeedbackInput input, Integer version) {
        Problems problems = new Problems();
        Fields fields = fields(problems, input);
        problems.throwIfAny();
        return content.write(() -> {
            Loaded loaded = loadReadable(actorKey, feedbackId);
            FeedbackEntity entity = loaded.entity();
            Instant now = clock.instant();
            throwIf(FeedbackRules.refuseEdit(actorKey, loaded.viewed().role(), loaded.viewed().relationship().status(), entity, now));
            if (version != null && version != entity.getRevision()) {
                throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
            }
            requireGoalOf(fields.goalId(), entity.getRelationshipId());
            store.keepVersion(entity);
            entity.setKind(fields.kind().name());
            entity.setText(fields.text());
            entity.setRatings(Rating.encode(fields.ratings()));
            entity.setGoalId(fields.goalId());
            entity.setPageId(fields.pageId());
            entity.setVisibility(fields.visibility().name());
            entity.setRevision(entity.getRevision() + 1);
            entity.setEditedAt(now.toEpochMilli());
            entity.save();
            return toRecord(entity, actorKey, loaded.viewed(), now);
        });
    }

    /** The recipient says they have read it (once). */
    public Feedback acknowledge(String actorKey, long feedbackId) {
        return content.write(() -> {
            Loaded loaded = loadReadable(actorKey, feedbackId);
            // Under the row lock, a concurrent acknowledgement has committed before this reads: one of them wins.
            FeedbackEntity entity = store.locked(loaded.entity());
            Instant now = clock.instant();
            throwIf(FeedbackRules.refuseAcknowledge(actorKey, loaded.viewed().role(), loaded.viewed().relationship().status(), entity));
            entity.setAcknowledgedAt(now.toEpochMilli());
            entity.save();
            notify(entity.getAuthorKey(), actorKey, loaded.viewed().relationship(), "mentoring.feedback.notify.acknowledged", entity);
            return toRecord(entity, actorKey, loaded.viewed(), now);
        });
    }

    /** Adds a reply to the feedback's thread (either member). */
    public Reply reply(String actorKey, long feedbackId, String text) {
        Problems problems = new Problems();
        String body = problems.requiredText("text", text, MAX_REPLY);
        problems.throwIfAny();
        return content.write(() -> {
            Loaded loaded = loadReadable(actorKey, feedbackId);
            FeedbackEntity entity = loaded.entity();
            Instant now = clock.instant();
            throwIf(FeedbackRules.refuseReply(loaded.viewed().role(), loaded.viewed().relationship().status(), entity, now));
            int seq = entity.getReplyCount() + 1;
            FeedbackReplyEntity created = store.insertReply(feedbackId, seq, actorKey, body, now.toEpochMilli());
            entity.setReplyCount(seq);
            entity.save();
            notify(loaded.viewed().relationship().otherMember(actorKey), actorKey, loaded.viewed().relationship(), "mentoring.feedback.notify.replied", entity);
            return reply(created);
        });
    }

    /** Opens a blind round for {@code days} days (default {@value #DEFAULT_ROUND_DAYS}); one open round at a time. */
    public Round openRound(String actorKey, long relationshipId, Integer days) {
        Problems problems = new Problems();
        int length = days == null ? DEFAULT_ROUND_DAYS : days;
        problems.checkRange("days", length, 1, MAX_ROUND_DAYS);
        problems.throwIfAny();
        return content.write(() -> {
            RelationshipService.Viewed viewed = content.view(actorKey, relationshipId);
            Relationship r = viewed.relationship();
            throwIf(FeedbackRules.refuseContribution(viewed.role(), r.status()));
            Instant now = clock.instant();
            Optional<FeedbackRoundEntity> latest = store.latestRound(relationshipId);
            if (latest.isPresent() && roundOpen(latest.get(), now)) {
                throw new RuleViolationException(Problem.of(null, "mentoring.feedback.round.alreadyopen",
                        Instant.ofEpochMilli(latest.get().getDeadline()).toString().substring(0, 10)));
            }
            Instant deadline = now.plus(Duration.ofDays(length));
            FeedbackRoundEntity created = store.insertRound(relationshipId, latest.map(FeedbackStore::roundSeq).orElse(0) + 1,
                    actorKey, now.toEpochMilli(), deadline.toEpochMilli());
            notifications.send(new Notifications.Notification(r.otherMember(actorKey), actorKey, RelationshipNotices.role(r, actorKey),
                    "mentoring.feedback.notify.round",
                    List.of(deadline.toString().substring(0, 10)), link(relationshipId, null)));
            return round(created, actorKey, viewed, now);
        });
    }

    // --- rules and reading helpers ----------------------------------------------------------------

    private record Loaded(FeedbackEntity entity, RelationshipService.Viewed viewed) {
    }

    /** Members and the program's managers may read a relationship's feedback (what exactly depends on each piece). */
    private boolean mayRead(Role role) {
        return content.permits(role, Action.SEE_CONTENT, Visibility.PROGRAM, false);
    }

    private RelationshipService.Viewed requireReader(String viewerKey, long relationshipId) {
        return content.reader(viewerKey, relationshipId, Visibility.PROGRAM, "feedback");
    }

    private Loaded loadReadable(String viewerKey, long feedbackId) {
        FeedbackEntity entity = store.find(feedbackId).orElseThrow(() -> new NotFoundException("feedback"));
        RelationshipService.Viewed viewed = requireReader(viewerKey, entity.getRelationshipId());
        if (!readable(viewerKey, viewed.role(), entity, clock.instant())) {
            throw new NotFoundException("feedback");
        }
        return new Loaded(entity, viewed);
    }

    /** The access policy decides by visibility; a blind round additionally keeps it with its author until revealed. */
    private boolean readable(String viewerKey, Role role, FeedbackEntity f, Instant now) {
        boolean author = viewerKey.equals(f.getAuthorKey());
        return content.permits(role, Action.SEE_CONTENT, Visibility.valueOf(f.getVisibility()), author)
                && (author || FeedbackRules.revealed(f, now));
    }

    private static boolean roundOpen(FeedbackRoundEntity round, Instant now) {
        return round.getRevealedAt() == null && now.toEpochMilli() < round.getDeadline();
    }

    private void requireGoalOf(Long goalId, long relationshipId) {
        if (goalId != null && !goals.belongsTo(goalId, relationshipId)) {
            throw new ValidationException(List.of(Problem.of("goalId", "mentoring.feedback.goal.unknown")));
        }
    }

    private static void throwIf(Optional<DomainException> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private void notify(String recipientKey, String actorKey, Relationship r, String key, FeedbackEntity about) {
        notifications.send(new Notifications.Notification(recipientKey, actorKey, RelationshipNotices.role(r, actorKey), key, List.of(),
                link(about.getRelationshipId(), (long) about.getID())));
    }

    private static String link(long relationshipId, Long feedbackId) {
        return feedbackId == null ? PageLinks.RELATIVE.relationshipSection(relationshipId, "feedback")
                : PageLinks.RELATIVE.feedback(relationshipId, feedbackId);
    }

    private Feedback toRecord(FeedbackEntity e, String viewerKey, RelationshipService.Viewed viewed, Instant now) {
        boolean hidden = !FeedbackRules.revealed(e, now);
        RelationshipStatus status = viewed.relationship().status();
        return new Feedback(e.getID(), e.getRelationshipId(), e.getAuthorKey(), e.getRecipientKey(), FeedbackKind.valueOf(e.getKind()),
                e.getText(), Rating.decode(e.getRatings()), e.getGoalId(), e.getPageId(), Visibility.valueOf(e.getVisibility()),
                e.getRoundId(), hidden, e.getRevealsAt() == null ? null : Instant.ofEpochMilli(e.getRevealsAt()),
                Instant.ofEpochMilli(e.getGivenAt()), e.getEditedAt() == null ? null : Instant.ofEpochMilli(e.getEditedAt()),
                e.getRevision(), e.getAcknowledgedAt() == null ? null : Instant.ofEpochMilli(e.getAcknowledgedAt()), e.getReplyCount(),
                FeedbackRules.actions(viewerKey, viewed.role(), status, e, now));
    }

    private Round round(FeedbackRoundEntity e, String viewerKey, RelationshipService.Viewed viewed, Instant now) {
        Relationship r = viewed.relationship();
        boolean open = roundOpen(e, now);
        Instant revealedAt = e.getRevealedAt() != null ? Instant.ofEpochMilli(e.getRevealedAt()) : open ? null : Instant.ofEpochMilli(e.getDeadline());
        Long mine = r.mentorKey().equals(viewerKey) ? e.getMentorSubmittedAt() : r.menteeKey().equals(viewerKey) ? e.getMenteeSubmittedAt() : null;
        boolean maySubmit = open && mine == null && FeedbackRules.refuseContribution(viewed.role(), r.status()).isEmpty();
        return new Round(e.getID(), e.getRelationshipId(), e.getOpenedBy(), Instant.ofEpochMilli(e.getOpenedAt()),
                Instant.ofEpochMilli(e.getDeadline()), e.getMentorSubmittedAt() != null, e.getMenteeSubmittedAt() != null,
                open ? Round.State.OPEN : Round.State.REVEALED, revealedAt, maySubmit);
    }

    private static Reply reply(FeedbackReplyEntity e) {
        return new Reply(e.getID(), e.getFeedbackId(), e.getSeq(), e.getAuthorKey(), e.getText(), Instant.ofEpochMilli(e.getWrittenAt()));
    }

    // --- input ----------------------------------------------------------------------------------

    private record Fields(FeedbackKind kind, String text, Long goalId, Long pageId, List<Rating> ratings, Visibility visibility) {
        void writeTo(Map<String, Object> values) {
            values.put(FeedbackEntity.KIND, kind.name());
            values.put(FeedbackEntity.TEXT, text);
            values.put(FeedbackEntity.RATINGS, Rating.encode(ratings));
            values.put(FeedbackEntity.GOAL_ID, goalId);
            values.put(FeedbackEntity.PAGE_ID, pageId);
            values.put(FeedbackEntity.VISIBILITY, visibility.name());
        }
    }

    private static Fields fields(Problems problems, FeedbackInput input) {
        FeedbackKind kind = null;
        if (input.kind() == null || input.kind().isBlank()) {
            problems.add("kind", "mentoring.error.required");
        } else {
            try {
                kind = FeedbackKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("kind", "mentoring.error.choice", "STRENGTH, GROWTH, LEARNED");
            }
        }
        String text = problems.requiredText("text", input.text(), MAX_TEXT);
        Long pageId = null;
        if (input.pageId() != null && !input.pageId().isBlank()) {
            String digits = input.pageId().strip();
            try {
                pageId = digits.matches("[1-9][0-9]{0,18}") ? Long.valueOf(digits) : null;
            } catch (NumberFormatException tooLarge) {
                pageId = null;
            }
            if (pageId == null) {
                problems.add("pageId", "mentoring.feedback.page.digits");
            }
        }
        Visibility visibility = Visibility.PAIR;
        if (input.visibility() != null && !input.visibility().isBlank()) {
            String v = input.visibility().strip().toUpperCase(Locale.ROOT);
            if (v.equals("PAIR") || v.equals("PROGRAM")) {
                visibility = Visibility.valueOf(v);
            } else {
                problems.add("visibility", "mentoring.error.choice", VISIBILITIES);
            }
        }
        return new Fields(kind, text, input.goalId(), pageId, ratings(problems, input.ratings()), visibility);
    }

    /** At most five ratings, each a distinct competency name (1–40 characters) with a whole-number score of 1–5. */
    private static List<Rating> ratings(Problems problems, List<FeedbackInput.RatingInput> input) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        if (input.size() > MAX_RATINGS) {
            problems.add("ratings", "mentoring.feedback.ratings.count", MAX_RATINGS);
            return List.of();
        }
        List<Rating> ratings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (FeedbackInput.RatingInput r : input) {
            String name = r == null || r.competency() == null ? "" : r.competency().strip();
            if (name.isEmpty() || name.length() > MAX_COMPETENCY || name.chars().anyMatch(Character::isISOControl)) {
                problems.add("ratings", "mentoring.feedback.ratings.name", MAX_COMPETENCY);
                return List.of();
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add("ratings", "mentoring.feedback.ratings.duplicate", name);
                return List.of();
            }
            Object score = r.score();
            if (!(score instanceof Integer s) || s < 1 || s > 5) {
                problems.add("ratings", "mentoring.feedback.ratings.score", name);
                return List.of();
            }
            ratings.add(new Rating(name, s));
        }
        return List.copyOf(ratings);
    }
}
