package org.mentoring.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Transactions;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipStatus;

/**
 * Goals that a host tracks as issues (Jira). Each goal issue has a goal row ({@code ISSUE_ID}) that mirrors it,
 * so lists, paging, access checks, check-ins, milestones and evidence run on the app's own tables within their
 * statement budgets. The host's adapters call this: the workflow's post-function ({@link #transitioned}), the
 * workflow context its conditions and validators judge ({@link #context}), and the issue-event listener
 * ({@link #issueChanged}, {@link #issueDeleted}). Rules stay here; adapters only translate the host's types.
 */
public final class IssueGoals implements GoalTransitionEffects {
    private final GoalStore store;
    private final Transactions transactions;
    private final RelationshipService relationships;
    private final GoalTransitionRecorder recorder;
    private final Clock clock;

    public IssueGoals(GoalStore store, Transactions transactions, RelationshipService relationships,
                      GoalTransitionRecorder recorder, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.relationships = relationships;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The goal linked to an issue, unchecked: callers ask {@link GoalService} before showing it to anyone. */
    public Optional<Goal> byIssue(long issueId) {
        return row(issueId).map(GoalStore::toRecord);
    }

    /**
     * What the workflow's rules judge for an issue being moved: its goal as stored, or, while the issue is being
     * created (no goal yet), a draft built from the issue and the relationship its field names.
     */
    public GoalTransitionContext context(GoalIssue issue, String callerKey, Map<String, String> input) {
        Optional<GoalEntity> row = issue.issueId() == null ? Optional.empty() : row(issue.issueId());
        if (row.isPresent()) {
            Goal goal = GoalStore.toRecord(row.get());
            return new GoalTransitionContext(goal, relationshipStatus(goal.relationshipId()), callerKey, input);
        }
        long relationshipId = issue.relationshipId() == null ? 0 : issue.relationshipId();
        Optional<Relationship> r = relationshipId == 0 ? Optional.empty() : relationships.find(relationshipId);
        // A relationship that does not exist is nobody's: the create rule refuses it as it refuses a non-member.
        Goal draft = new Goal(0, relationshipId, issue.reporterKey() == null ? callerKey : issue.reporterKey(),
                r.map(Relationship::mentorKey).orElse(""), r.map(Relationship::menteeKey).orElse(""), issue.summary(),
                issue.description(), null, List.of(), issue.dueDate(), GoalStatus.DRAFT, 0, null, clock.instant(), clock.instant(), 1,
                issue.issueId());
        return new GoalTransitionContext(draft, r.map(Relationship::status).orElse(null), callerKey, input);
    }

    /** The workflow's post-function: the goal row is created with its issue, and moves with it. */
    @Override
    public void transitioned(GoalTransitionContext context, int actionId) {
        transactions.execute(() -> actionId == GoalWorkflow.CREATE_ACTION ? created(context) : moved(context, actionId));
    }

    /**
     * After the host created the issue for {@code draft} (whose create post-function made the row): completes
     * the row with what the issue does not carry (success criteria, competencies) and returns the goal.
     */
    public Goal createdAs(long issueId, GoalTransitionContext draft) {
        return transactions.execute(() -> {
            Goal d = draft.goal();
            Goal linked = new Goal(0, d.relationshipId(), d.ownerKey(), d.mentorKey(), d.menteeKey(), d.title(), d.description(),
                    d.successCriteria(), d.competencies(), d.targetDate(), d.status(), d.progress(), null, d.createdAt(), d.updatedAt(),
                    d.version(), issueId);
            created(new GoalTransitionContext(linked, draft.relationshipStatus(), draft.callerKey(), Map.of()));
            GoalEntity row = row(issueId).orElseThrow();
            row.setSuccessCriteria(d.successCriteria());
            row.setCompetencies(String.join(",", d.competencies()));
            row.save();
            return GoalStore.toRecord(row);
        });
    }

    /**
     * An issue event: the goal row follows the issue (title, description, due date, status, its relationship).
     * An issue that names a relationship for the first time becomes a goal of it. Linking a goal to a relationship
     * its reporter is not a member of is refused ({@link RuleViolationException}, nothing changes); so is a
     * relationship that does not exist, with the same refusal. Returns the goal after, or empty for an issue that
     * is not a goal.
     */
    public Optional<Goal> issueChanged(GoalIssue issue, String actorKey) {
        return transactions.execute(() -> {
            Optional<GoalEntity> row = row(issue.issueId());
            if (row.isEmpty()) {
                return issue.relationshipId() == null ? Optional.<Goal>empty() : Optional.of(link(issue, actorKey));
            }
            return Optional.of(follow(row.get(), issue, actorKey));
        });
    }

    /** The issue is gone: so is its goal, with its check-ins, milestones, evidence and history. */
    public boolean issueDeleted(long issueId) {
        return transactions.execute(() -> {
            Optional<GoalEntity> row = row(issueId);
            if (row.isEmpty()) {
                return false;
            }
            long relationshipId = row.get().getRelationshipId();
            store.deleteWithContent(row.get());
            store.refreshSummary(relationshipId, clock.millis());
            return true;
        });
    }

    // --- rows -----------------------------------------------------------------------------------

    private Optional<GoalEntity> row(long issueId) {
        return store.byIssue(issueId);
    }

    private RelationshipStatus relationshipStatus(long relationshipId) {
        return relationships.find(relationshipId).map(Relationship::status).orElse(null);
    }

    /** Inserts the row of a goal issue being created (once: a second call for the same issue finds it). */
    private Goal created(GoalTransitionContext context) {
        Goal draft = context.goal();
        if (draft.issueId() == null) {
            throw new IllegalStateException("A goal issue has an id before its goal is recorded");
        }
        Optional<GoalEntity> existing = row(draft.issueId());
        if (existing.isPresent()) {
            return GoalStore.toRecord(existing.get());
        }
        Goal created = GoalStore.toRecord(store.insert(GoalStore.newRow(draft, GoalStatus.DRAFT, clock.millis())));
        recorder.transitioned(new GoalTransitionContext(created, context.relationshipStatus(), context.callerKey(), context.input()),
                GoalWorkflow.CREATE_ACTION);
        return created;
    }

    private Goal moved(GoalTransitionContext context, int actionId) {
        Goal before = context.goal();
        GoalEntity entity = store.find(before.id()).orElseThrow(() -> new IllegalStateException("goal " + before.id() + " vanished"));
        GoalWorkflow workflow = GoalWorkflow.definition();
        GoalWorkflow.Action action = workflow.action(actionId)
                .orElseThrow(() -> new IllegalArgumentException("No workflow action " + actionId));
        GoalStore.moveRow(entity, before, workflow.statusOfStep(action.targetStep()), clock.millis());
        entity.save();
        recorder.transitioned(context, actionId);
        return GoalStore.toRecord(entity);
    }

    /** An issue that now names a relationship its reporter belongs to becomes that relationship's goal. */
    private Goal link(GoalIssue issue, String actorKey) {
        Relationship r = reportersRelationship(issue);
        GoalStatus status = issue.status() == null ? GoalStatus.DRAFT : issue.status();
        Goal draft = new Goal(0, r.id(), issue.reporterKey(), r.mentorKey(), r.menteeKey(), text(issue.summary()), issue.description(),
                null, List.of(), issue.dueDate(), status, 0, null, clock.instant(), clock.instant(), 1, issue.issueId());
        Goal created = GoalStore.toRecord(store.insert(GoalStore.newRow(draft, status, clock.millis())));
        recorder.transitioned(new GoalTransitionContext(created, r.status(), actor(actorKey, issue), Map.of()), GoalWorkflow.CREATE_ACTION);
        return created;
    }

    private Goal follow(GoalEntity entity, GoalIssue issue, String actorKey) {
        Goal before = GoalStore.toRecord(entity);
        long formerRelationship = before.relationshipId();
        boolean changed = false;
        if (issue.relationshipId() != null && issue.relationshipId() != formerRelationship) {
            Relationship r = reportersRelationship(issue);
            entity.setRelationshipId(r.id());
            entity.setMentorKey(r.mentorKey());
            entity.setMenteeKey(r.menteeKey());
            entity.setOwnerKey(issue.reporterKey());
            changed = true;
        } else if (issue.reporterKey() != null && !issue.reporterKey().equals(before.ownerKey()) && before.isMember(issue.reporterKey())) {
            entity.setOwnerKey(issue.reporterKey());
            changed = true;
        }
        if (issue.summary() != null && !text(issue.summary()).equals(before.title())) {
            entity.setTitle(text(issue.summary()));
            changed = true;
        }
        if (!Objects.equals(blankToNull(issue.description()), before.description())) {
            entity.setDescription(blankToNull(issue.description()));
            changed = true;
        }
        if (!Objects.equals(issue.dueDate(), before.targetDate())) {
            LocalDate due = issue.dueDate();
            entity.setTargetDate(due == null ? null : due.toString());
            changed = true;
        }
        GoalStatus status = issue.status() == null ? before.status() : issue.status();
        if (status != before.status()) {
            entity.setStatus(status.name());
            if (status == GoalStatus.ACHIEVED) {
                entity.setProgress(100);
            }
            changed = true;
        }
        if (!changed) {
            return before;
        }
        long now = clock.millis();
        entity.setRevision(before.version() + 1);
        entity.setUpdatedAt(now);
        entity.save();
        store.appendEvent(before.id(), before.version() + 1, status != before.status() ? "TRANSITION" : "EDIT", null,
                actor(actorKey, issue), clock.instant(), before.status(), status, null);
        store.refreshSummary(entity.getRelationshipId(), now);
        if (entity.getRelationshipId() != formerRelationship) {
            store.refreshSummary(formerRelationship, now);
        }
        return GoalStore.toRecord(entity);
    }

    /** The relationship the issue names, if its reporter is a member; one refusal for "not a member" and "no such". */
    private Relationship reportersRelationship(GoalIssue issue) {
        return relationships.find(issue.relationshipId()).filter(r -> r.isMember(issue.reporterKey()))
                .orElseThrow(() -> new RuleViolationException(Problem.of("relationshipId", "mentoring.goal.issue.notmember")));
    }

    private static String actor(String actorKey, GoalIssue issue) {
        return actorKey != null ? actorKey : issue.reporterKey();
    }

    private static String text(String summary) {
        String t = summary == null ? "" : summary.strip();
        return t.length() > GoalService.MAX_TITLE ? t.substring(0, GoalService.MAX_TITLE) : t;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
