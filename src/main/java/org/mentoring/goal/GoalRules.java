package org.mentoring.goal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.mentoring.error.Problem;
import org.mentoring.relationship.RelationshipStatus;

/**
 * The goal workflow's rules, in one place. The workflow XML names them through the Jira adapter
 * classes (whose names it stores); {@link #CONDITIONS} and {@link #VALIDATORS} map those names to the
 * rules so the app's own tracker applies exactly what Jira applies.
 */
public final class GoalRules {
    private static final String JIRA = "org.mentoring.host.jira.workflow.";

    /** Who may make a transition at all. */
    public enum Condition {
        /** Only the mentor and the mentee of the goal's relationship move its goals. */
        MEMBER("mentoring.goal.rule.member", c -> c.goal().isMember(c.callerKey())),
        /** Goals move only while their relationship is active: alumni goals are read-only. */
        RELATIONSHIP_ACTIVE("mentoring.goal.rule.active", c -> c.relationshipStatus() == RelationshipStatus.ACTIVE),
        /** Agreeing to and signing off a goal is for the member who does not own it. */
        OTHER_MEMBER("mentoring.goal.rule.othermember", c -> c.goal().otherMember().equals(c.callerKey()));

        private final String refusalKey;
        private final Predicate<GoalTransitionContext> test;

        Condition(String refusalKey, Predicate<GoalTransitionContext> test) {
            this.refusalKey = refusalKey;
            this.test = test;
        }

        public boolean test(GoalTransitionContext context) {
            return context.callerKey() != null && test.test(context);
        }

        public Problem refusal() {
            return Problem.of(null, refusalKey);
        }
    }

    /** What must be true of the goal or the input for a transition to go through. */
    public enum Validator {
        /** A goal is agreed only once it says what done looks like and by when. */
        READY {
            @Override
            public Optional<Problem> check(GoalTransitionContext c, Map<String, String> args) {
                if (c.goal().successCriteria() == null || c.goal().successCriteria().isBlank()) {
                    return Optional.of(Problem.of("successCriteria", "mentoring.goal.rule.ready.criteria"));
                }
                if (c.goal().targetDate() == null) {
                    return Optional.of(Problem.of("targetDate", "mentoring.goal.rule.ready.date"));
                }
                return Optional.empty();
            }
        },
        /** Dropping needs a reason; sending back for more work needs a comment ({@code field} argument). */
        REASON_REQUIRED {
            @Override
            public Optional<Problem> check(GoalTransitionContext c, Map<String, String> args) {
                String field = args.getOrDefault("field", "comment");
                return c.text(field) == null
                        ? Optional.of(Problem.of(field, "mentoring.goal.rule.reason." + field))
                        : Optional.empty();
            }
        },
        /** A goal belongs to a relationship and is created by a member of it, while it is active, for either member. */
        CREATE {
            @Override
            public Optional<Problem> check(GoalTransitionContext c, Map<String, String> args) {
                if (c.goal().relationshipId() == 0) {
                    return Optional.of(Problem.of("relationshipId", "mentoring.goal.rule.relationship"));
                }
                if (!Condition.MEMBER.test(c)) {
                    return Optional.of(Condition.MEMBER.refusal());
                }
                if (!Condition.RELATIONSHIP_ACTIVE.test(c)) {
                    return Optional.of(Condition.RELATIONSHIP_ACTIVE.refusal());
                }
                if (!c.goal().isMember(c.goal().ownerKey())) {
                    return Optional.of(Problem.of("ownerKey", "mentoring.goal.owner.member"));
                }
                return Optional.empty();
            }
        };

        public abstract Optional<Problem> check(GoalTransitionContext context, Map<String, String> args);
    }

    /** Conditions by the class name the workflow XML stores. */
    public static final Map<String, Condition> CONDITIONS = Map.of(
            JIRA + "RelationshipMemberCondition", Condition.MEMBER,
            JIRA + "RelationshipActiveCondition", Condition.RELATIONSHIP_ACTIVE,
            JIRA + "OtherMemberCondition", Condition.OTHER_MEMBER);

    /** Validators by the class name the workflow XML stores. */
    public static final Map<String, Validator> VALIDATORS = Map.of(
            JIRA + "GoalReadyValidator", Validator.READY,
            JIRA + "ReasonRequiredValidator", Validator.REASON_REQUIRED,
            JIRA + "GoalCreateValidator", Validator.CREATE);

    /** The post-function that records a transition's effects (history, notification, progress summary). */
    public static final String TRANSITION_FUNCTION = JIRA + "GoalTransitionFunction";

    /**
     * Jira's own system functions and validators, which only exist inside Jira. The app's tracker does
     * their work itself (it changes the status and keeps history); naming them here keeps the skip explicit.
     */
    public static final java.util.Set<String> JIRA_SYSTEM = java.util.Set.of(
            "com.atlassian.jira.workflow.validator.PermissionValidator",
            "com.atlassian.jira.workflow.function.issue.IssueCreateFunction",
            "com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction",
            "com.atlassian.jira.workflow.function.misc.CreateCommentFunction",
            "com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction",
            "com.atlassian.jira.workflow.function.issue.IssueReindexFunction",
            "com.atlassian.jira.workflow.function.event.FireIssueEventFunction");

    private GoalRules() {
    }
}
