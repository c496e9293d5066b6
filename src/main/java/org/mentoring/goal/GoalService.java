package org.mentoring.goal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.access.Action;
import org.mentoring.access.Visibility;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.host.Notifications;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.PairContent;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.web.PageLinks;

/**
 * Development goals where the app tracks them itself (Confluence, the standalone host). Transitions follow
 * {@link GoalWorkflow} — the workflow XML Jira runs — applying the rules its conditions and validators name.
 * Goals are program content: the members and the program's managers read them; the members change them.
 */
public final class GoalService {
    public static final int MAX_TITLE = 255;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;
    public static final int MAX_URL = 2000;
    /** Milestones and evidence a goal lists at most. */
    static final int MAX_LISTED = 200;

    /** A transition the caller may make now, and the field it requires (reason, comment) if any. */
    public record Transition(int id, String name, GoalStatus to, String requiredField) {
    }

    private final GoalStore store;
    private final PairContent content;
    private final GoalTracker tracker;
    private final Notifications notifications;
    private final Clock clock;

    /** Goals created and moved by {@code tracker}: Jira's issues where Jira is the host, else the app's own tables. */
    public GoalService(GoalStore store, PairContent content, GoalTracker tracker, Notifications notifications, Clock clock) {
        this.store = store;
        this.content = content;
        this.tracker = tracker;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    public Goal get(String viewerKey, long goalId) {
        return readable(viewerKey, goalId).goal();
    }

    /** Everything the goal page shows, for a viewer who may read the goal: five queries, whatever the goal holds. */
    public record GoalPage(Goal goal, RelationshipService.Viewed relationship, List<Transition> transitions, List<CheckIn> checkIns,
                           List<Milestone> milestones, List<Evidence> evidence, Optional<SentBack> sentBack) {
    }

    /** Why a goal was last sent back from review: who said what more work is needed, and when. */
    public record SentBack(long goalId, String actorKey, java.time.Instant at, String comment) {
    }

    public GoalPage page(String viewerKey, long goalId, int checkIns) {
        Readable r = readable(viewerKey, goalId);
        return new GoalPage(r.goal(), r.viewed(), transitions(r), checkIns(viewerKey, r.viewed().role(), goalId, PageRequest.first(checkIns)),
                milestones(goalId), evidence(goalId), Optional.ofNullable(sentBack(List.of(r.goal())).get(goalId)));
    }

    /**
     * The latest "More work needed" comment of each goal that is back in progress (one query; none when no goal is),
     * for goals the caller already read: the comment is shown where the goal is, until it goes to review again.
     */
    public Map<Long, SentBack> sentBack(List<Goal> goals) {
        List<Long> ids = goals.stream().filter(g -> g.status() == GoalStatus.IN_PROGRESS).map(Goal::id).toList();
        Map<Long, SentBack> found = new HashMap<>();
        store.latestSentBack(ids, ids.size() * 20).forEach((id, e) -> found.put(id,
                new SentBack(id, e.getActorKey(), java.time.Instant.ofEpochMilli(e.getOccurredAt()), e.getNote())));
        return found;
    }

    /** A goal and its relationship as the viewer sees it, read once. */
    private record Readable(String viewerKey, Goal goal, RelationshipService.Viewed viewed) {
    }

    private Readable readable(String viewerKey, long goalId) {
        Goal goal = store.find(goalId).map(GoalStore::toRecord).orElseThrow(() -> new NotFoundException("goal"));
        return new Readable(viewerKey, goal, requireReadable(viewerKey, goal.relationshipId()));
    }

    /** A page of one relationship's goals, with the relationship as the viewer saw it (read once). */
    public record RelationshipGoals(RelationshipService.Viewed relationship, Page<Goal> goals) {
    }

    public RelationshipGoals ofRelationship(String viewerKey, long relationshipId, Set<GoalStatus> statuses, PageRequest page) {
        RelationshipService.Viewed viewed = requireReadable(viewerKey, relationshipId);
        return new RelationshipGoals(viewed, store.ofRelationship(relationshipId, statuses, page));
    }

    /** A relationship's goal progress (its stored summary: one query), for a relationship the viewer already viewed. */
    public GoalProgress progress(RelationshipService.Viewed viewed) {
        requireReadable(viewed);
        return store.summary(viewed.relationship().id())
                .map(e -> new GoalProgress(e.getTotal(), e.getOpenGoals(), e.getAchieved(), e.getAverageProgress()))
                .orElse(GoalProgress.NONE);
    }

    /**
     * One relationship's goals at a glance on the viewer's own list: open goals, their average progress, achieved
     * ones, when a goal last changed, and how many wait for the viewer to agree to or sign off.
     */
    public record Glance(int open, int averageProgress, int achieved, java.time.Instant lastChange, int toAgree, int toReview) {
        public static final Glance NONE = new Glance(0, 0, 0, null, 0, 0);
    }

    /**
     * The glance of each of the viewer's own relationships ({@code memberOf}: relationships the viewer is a member of,
     * as listed for them): two queries, whatever their number.
     */
    public Map<Long, Glance> glance(String viewerKey, List<org.mentoring.relationship.Relationship> memberOf) {
        List<Long> ids = memberOf.stream().filter(r -> r.isMember(viewerKey)).map(org.mentoring.relationship.Relationship::id).toList();
        Map<Long, GoalSummaryEntity> summaries = store.summaries(ids);
        Map<Long, int[]> waiting = new HashMap<>();
        for (GoalEntity g : store.waitingForOtherMember(viewerKey, ids, ids.size() * 50)) {
            int[] counts = waiting.computeIfAbsent(g.getRelationshipId(), k -> new int[2]);
            counts[GoalStatus.DRAFT.name().equals(g.getStatus()) ? 0 : 1]++;
        }
        Map<Long, Glance> glances = new HashMap<>();
        for (Long id : ids) {
            GoalSummaryEntity s = summaries.get(id);
            int[] w = waiting.getOrDefault(id, new int[2]);
            glances.put(id, s == null && w[0] + w[1] == 0 ? Glance.NONE : new Glance(s == null ? 0 : s.getOpenGoals(),
                    s == null ? 0 : s.getAverageProgress(), s == null ? 0 : s.getAchieved(),
                    s == null ? null : java.time.Instant.ofEpochMilli(s.getUpdatedAt()), w[0], w[1]));
        }
        return glances;
    }

    /** Up to {@code limit} open goals of a relationship the viewer already viewed, most recently changed first (one query). */
    public List<Goal> openGoals(RelationshipService.Viewed viewed, int limit) {
        requireReadable(viewed);
        return store.openGoals(viewed.relationship().id(), limit);
    }

    /** Goals of every relationship the viewer is a member of, most recently changed first. */
    public Page<Goal> mine(String viewerKey, PageRequest page) {
        return store.ofMember(viewerKey, page);
    }

    /**
     * Titles of a relationship's goals, most recently changed first (at most {@code max}), for a relationship
     * the caller already viewed (one query): what other features show next to content about a goal.
     */
    public Map<Long, String> titles(RelationshipService.Viewed viewed, int max) {
        if (!content.reads(viewed, Visibility.PROGRAM)) {
            return Map.of();
        }
        return store.titles(viewed.relationship().id(), max);
    }

    /** Whether goal {@code goalId} belongs to relationship {@code relationshipId} (for content that refers to a goal). */
    public boolean belongsTo(long goalId, long relationshipId) {
        return store.belongsTo(goalId, relationshipId);
    }

    /** A goal with its relationship as the viewer sees it and its latest check-ins (notes as the viewer may read them). */
    public record Overview(Goal goal, RelationshipService.Viewed relationship, List<CheckIn> latestCheckIns) {
    }

    /**
     * The overview of a goal the caller found by other means (its Jira issue), or empty when the viewer may not read
     * it: the same decision as {@link #get}, without saying whether the goal exists. At most 3 statements
     * (relationship, program manager check for non-members, check-ins; none of the last when {@code checkIns} is 0).
     */
    public Optional<Overview> overview(String viewerKey, Goal goal, int checkIns) {
        RelationshipService.Viewed viewed;
        try {
            viewed = requireReadable(viewerKey, goal.relationshipId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        List<CheckIn> latest = checkIns == 0 ? List.of() : checkIns(viewerKey, viewed.role(), goal.id(), PageRequest.first(checkIns));
        return Optional.of(new Overview(goal, viewed, latest));
    }

    public List<Transition> transitions(String viewerKey, long goalId) {
        return transitions(readable(viewerKey, goalId));
    }

    private List<Transition> transitions(Readable readable) {
        Goal goal = readable.goal();
        GoalTransitionContext context = context(goal, readable.viewerKey(), readable.viewed().relationship().status(), Map.of());
        List<Transition> available = new ArrayList<>();
        for (GoalWorkflow.Action action : GoalWorkflow.definition().actionsFrom(goal.status())) {
            if (WorkflowRules.firstFailedCondition(action, context).isEmpty()) {
                available.add(new Transition(action.id(), action.name(),
                        GoalWorkflow.definition().statusOfStep(action.targetStep()), WorkflowRules.requiredField(action)));
            }
        }
        return available;
    }

    // --- writing ---------------------------------------------------------------------------------

    public Goal create(String actorKey, long relationshipId, GoalInput input) {
        RelationshipService.Viewed viewed = content.view(actorKey, relationshipId);
        Problems problems = new Problems();
        Fields fields = fields(problems, input, actorKey);
        problems.throwIfAny();
        Goal draft = new Goal(0, relationshipId, fields.owner, viewed.relationship().mentorKey(), viewed.relationship().menteeKey(),
                fields.title, fields.description, fields.criteria, fields.tags, fields.target, GoalStatus.DRAFT, 0, null,
                clock.instant(), clock.instant(), 1, null);
        GoalTransitionContext context = new GoalTransitionContext(draft, viewed.relationship().status(), actorKey, Map.of());
        return content.write(() -> tracker.create(context));
    }

    /** Changes what a goal says. Members only, while the relationship is active and the goal open. */
    public Goal edit(String actorKey, long goalId, GoalInput input, Integer version) {
        Problems problems = new Problems();
        Fields fields = fields(problems, input, null);
        problems.throwIfAny();
        return change(actorKey, goalId, version, (entity, goal) -> {
            if (fields.owner != null && !goal.isMember(fields.owner)) {
                throw new ValidationException(List.of(Problem.of("ownerKey", "mentoring.goal.owner.member")));
            }
            entity.setTitle(fields.title);
            entity.setDescription(fields.description);
            entity.setSuccessCriteria(fields.criteria);
            entity.setCompetencies(String.join(",", fields.tags));
            entity.setTargetDate(fields.target == null ? null : fields.target.toString());
            if (fields.owner != null) {
                entity.setOwnerKey(fields.owner);
            }
            store.appendEvent(goal.id(), goal.version() + 1, "EDIT", null, actorKey, clock.instant(), goal.status(), goal.status(), null);
            return true;
        });
    }

    /** Moves a goal along transition {@code actionId}; {@code input} carries a "reason" or "comment". */
    public Goal transition(String actorKey, long goalId, int actionId, Map<String, String> input, Integer version) {
        return content.write(() -> {
            Goal goal = store.find(goalId).map(GoalStore::toRecord).orElseThrow(() -> new NotFoundException("goal"));
            RelationshipService.Viewed viewed = requireReadable(actorKey, goal.relationshipId());
            if (!content.permits(viewed.role(), Action.ADD_CONTENT)) {
                // Those who may read the goal but not change it (program managers) are refused as by every other goal write.
                throw new ForbiddenException(GoalRules.Condition.MEMBER.refusal());
            }
            if (version != null && version != goal.version()) {
                throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
            }
            GoalWorkflow.Action action = GoalWorkflow.definition().actionsFrom(goal.status()).stream().filter(a -> a.id() == actionId)
                    .findFirst().orElseThrow(() -> new RuleViolationException(Problem.of("transition", "mentoring.goal.transition.unavailable",
                            goal.status().name())));
            GoalTransitionContext context = context(goal, actorKey, viewed.relationship().status(), input);
            Optional<GoalRules.Condition> failed = WorkflowRules.firstFailedCondition(action, context);
            if (failed.isPresent()) {
                throw new RuleViolationException(failed.get().refusal());
            }
            return tracker.transition(context, action);
        });
    }

    /** Records progress: 0–100 %, a note with its visibility, on a date (today by default, never the future). */
    public Goal checkIn(String actorKey, long goalId, Integer progress, String date, String note, String visibility) {
        Problems problems = new Problems();
        if (progress == null) {
            problems.add("progress", "mentoring.error.required");
        } else {
            problems.checkRange("progress", progress, 0, 100);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate on = problems.optionalDate("date", date);
        if (on != null && on.isAfter(today)) {
            problems.add("date", "mentoring.goal.checkin.future");
        }
        String text = problems.optionalText("note", note, MAX_NOTE);
        Visibility v = parseVisibility(problems, visibility);
        problems.throwIfAny();
        return change(actorKey, goalId, null, (entity, goal) -> {
            Map<String, Object> values = new HashMap<>();
            values.put(GoalCheckInEntity.GOAL_ID, goalId);
            values.put(GoalCheckInEntity.AUTHOR_KEY, actorKey);
            values.put(GoalCheckInEntity.CHECKED_ON, (on == null ? today : on).toString());
            values.put(GoalCheckInEntity.RECORDED_AT, clock.millis());
            values.put(GoalCheckInEntity.PROGRESS, progress);
            values.put(GoalCheckInEntity.NOTE, text);
            values.put(GoalCheckInEntity.NOTE_VISIBILITY, v.name());
            store.insertCheckIn(values);
            entity.setProgress(progress);
            entity.setLastCheckinAt(clock.millis());
            store.appendEvent(goal.id(), goal.version() + 1, "CHECK_IN", null, actorKey, clock.instant(), goal.status(), goal.status(), null);
            // Checked in: the unread "check-in due" reminder asks nothing any more.
            notifications.retract(GoalReminders.CHECK_IN_DUE, PageLinks.RELATIVE.goal(goalId));
            return true;
        });
    }

    public List<CheckIn> checkIns(String viewerKey, long goalId, PageRequest page) {
        return checkIns(viewerKey, readable(viewerKey, goalId).viewed().role(), goalId, page);
    }

    private List<CheckIn> checkIns(String viewerKey, org.mentoring.access.Role role, long goalId, PageRequest page) {
        return store.checkIns(goalId, page).stream()
                .map(c -> {
                    Visibility v = Visibility.valueOf(c.getNoteVisibility());
                    boolean visible = content.permits(role, Action.SEE_CONTENT, v, viewerKey.equals(c.getAuthorKey()));
                    return new CheckIn(c.getID(), goalId, c.getAuthorKey(), LocalDate.parse(c.getCheckedOn()),
                            java.time.Instant.ofEpochMilli(c.getRecordedAt()), c.getProgress(), visible ? c.getNote() : null,
                            visible ? v : null);
                }).toList();
    }

    public Milestone addMilestone(String actorKey, long goalId, String title) {
        Problems problems = new Problems();
        String text = problems.requiredText("title", title, MAX_TITLE);
        problems.throwIfAny();
        GoalMilestoneEntity[] created = new GoalMilestoneEntity[1];
        change(actorKey, goalId, null, (entity, goal) -> {
            created[0] = store.appendMilestone(goalId, text);
            return false;
        });
        return milestone(created[0]);
    }

    public Milestone setMilestoneDone(String actorKey, long goalId, long milestoneId, boolean done) {
        GoalMilestoneEntity[] found = new GoalMilestoneEntity[1];
        change(actorKey, goalId, null, (entity, goal) -> {
            found[0] = milestoneOf(goalId, milestoneId);
            found[0].setDone(done);
            found[0].save();
            // Ticking a milestone moves the goal's progress to the share of its milestones done (a later check-in may set it again).
            entity.setProgress(store.milestoneShareDone(goalId));
            return false;
        });
        return milestone(found[0]);
    }

    public void removeMilestone(String actorKey, long goalId, long milestoneId) {
        change(actorKey, goalId, null, (entity, goal) -> {
            store.delete(milestoneOf(goalId, milestoneId));
            return false;
        });
    }

    public List<Milestone> milestones(String viewerKey, long goalId) {
        get(viewerKey, goalId);
        return milestones(goalId);
    }

    private List<Milestone> milestones(long goalId) {
        return store.milestones(goalId, MAX_LISTED).stream().map(GoalService::milestone).toList();
    }

    public Evidence addEvidence(String actorKey, long goalId, String kind, String ref, String label) {
        Problems problems = new Problems();
        Evidence.Kind k = null;
        try {
            k = Evidence.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("kind", "mentoring.error.choice", "JIRA_ISSUE, CONFLUENCE_PAGE, URL");
        }
        String r = problems.requiredText("ref", ref, MAX_URL);
        String l = problems.optionalText("label", label, MAX_TITLE);
        if (k != null && !problems.has("ref") && !validRef(k, r)) {
            problems.add("ref", "mentoring.goal.evidence.ref." + k.name().toLowerCase(Locale.ROOT));
        }
        problems.throwIfAny();
        Evidence.Kind chosen = k;
        GoalEvidenceEntity[] created = new GoalEvidenceEntity[1];
        change(actorKey, goalId, null, (entity, goal) -> {
            Map<String, Object> values = new HashMap<>(Map.of(GoalEvidenceEntity.GOAL_ID, goalId, GoalEvidenceEntity.KIND, chosen.name(),
                    GoalEvidenceEntity.REF, r, GoalEvidenceEntity.ADDED_BY, actorKey));
            values.put(GoalEvidenceEntity.LABEL, l);
            created[0] = store.insertEvidence(values);
            return false;
        });
        return evidence(created[0]);
    }

    public List<Evidence> evidence(String viewerKey, long goalId) {
        get(viewerKey, goalId);
        return evidence(goalId);
    }

    private List<Evidence> evidence(long goalId) {
        return store.evidence(goalId, MAX_LISTED).stream().map(GoalService::evidence).toList();
    }

    // --- rules ----------------------------------------------------------------------------------

    /** A change by a member, while the relationship is active and the goal open; returns the goal after it. */
    private interface GoalChange {
        /** Returns true if the change bumped the goal's revision (and wrote its history entry). */
        boolean apply(GoalEntity entity, Goal goal);
    }

    private Goal change(String actorKey, long goalId, Integer version, GoalChange change) {
        return content.write(() -> {
            GoalEntity entity = store.find(goalId).orElseThrow(() -> new NotFoundException("goal"));
            Goal goal = GoalStore.toRecord(entity);
            RelationshipService.Viewed viewed = requireReadable(actorKey, goal.relationshipId());
            if (!content.permits(viewed.role(), Action.ADD_CONTENT)) {
                throw new ForbiddenException(GoalRules.Condition.MEMBER.refusal());
            }
            if (viewed.relationship().status() != RelationshipStatus.ACTIVE) {
                throw new RuleViolationException(GoalRules.Condition.RELATIONSHIP_ACTIVE.refusal());
            }
            if (!goal.status().isOpen()) {
                throw new RuleViolationException(Problem.of("status", "mentoring.goal.closed", goal.status().name()));
            }
            if (version != null && version != goal.version()) {
                throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
            }
            if (change.apply(entity, goal)) {
                entity.setRevision(goal.version() + 1);
            }
            entity.setUpdatedAt(clock.millis());
            entity.save();
            store.refreshSummary(goal.relationshipId(), clock.millis());
            return GoalStore.toRecord(entity);
        });
    }

    /** Goals are program content: the members and the program's managers read them; nobody else learns of them. */
    private RelationshipService.Viewed requireReadable(String viewerKey, long relationshipId) {
        return content.reader(viewerKey, relationshipId, Visibility.PROGRAM, "goal");
    }

    private RelationshipService.Viewed requireReadable(RelationshipService.Viewed viewed) {
        return content.reader(viewed, Visibility.PROGRAM, "goal");
    }

    private static GoalTransitionContext context(Goal goal, String callerKey, RelationshipStatus status, Map<String, String> input) {
        return new GoalTransitionContext(goal, status, callerKey, input == null ? Map.of() : input);
    }

    // --- input ----------------------------------------------------------------------------------

    private record Fields(String title, String description, String criteria, List<String> tags, LocalDate target, String owner) {
    }

    private static Fields fields(Problems problems, GoalInput input, String defaultOwner) {
        String title = problems.requiredText("title", input.title(), MAX_TITLE);
        String description = problems.optionalText("description", input.description(), MAX_TEXT);
        String criteria = problems.optionalText("successCriteria", input.successCriteria(), MAX_TEXT);
        Set<String> tags = new LinkedHashSet<>();
        if (input.competencies() != null) {
            problems.refuseNul("competencies", input.competencies());
            Set<String> seen = new java.util.HashSet<>();
            for (String tag : input.competencies().split(",")) {
                // Kept as typed ("API design" stays so); "api design" again is the same competency, listed once.
                String t = tag.strip();
                if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) {
                    tags.add(t);
                }
            }
        }
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            problems.add("competencies", "mentoring.goal.competencies.limits", MAX_TAGS, MAX_TAG);
        }
        LocalDate target = problems.optionalDate("targetDate", input.targetDate());
        String owner = input.ownerKey() == null || input.ownerKey().isBlank() ? defaultOwner : input.ownerKey().strip();
        return new Fields(title, description, criteria, List.copyOf(tags), target, owner);
    }

    private static Visibility parseVisibility(Problems problems, String value) {
        if (value == null || value.isBlank()) {
            return Visibility.PAIR;
        }
        try {
            return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("visibility", "mentoring.error.choice", "PRIVATE, PAIR, PROGRAM");
            return Visibility.PAIR;
        }
    }

    private static boolean validRef(Evidence.Kind kind, String ref) {
        switch (kind) {
            case JIRA_ISSUE:
                return ref.matches("[A-Z][A-Z0-9_]*-[1-9][0-9]*");
            case CONFLUENCE_PAGE:
                return ref.matches("[1-9][0-9]{0,18}");
            case URL:
            default:
                try {
                    URI uri = URI.create(ref);
                    return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
                } catch (IllegalArgumentException e) {
                    return false;
                }
        }
    }

    private GoalMilestoneEntity milestoneOf(long goalId, long milestoneId) {
        return store.milestone(goalId, milestoneId).orElseThrow(() -> new NotFoundException("milestone"));
    }

    private static Milestone milestone(GoalMilestoneEntity e) {
        return new Milestone(e.getID(), e.getGoalId(), e.getTitle(), e.getDone(), e.getPosition());
    }

    private static Evidence evidence(GoalEvidenceEntity e) {
        return new Evidence(e.getID(), e.getGoalId(), Evidence.Kind.valueOf(e.getKind()), e.getRef(), e.getLabel(), e.getAddedBy());
    }
}
