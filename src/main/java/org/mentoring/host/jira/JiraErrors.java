package org.mentoring.host.jira;

import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.GoalRules;
import org.mentoring.i18n.Messages;

/**
 * Jira's error collections as the app's problems: Jira's field ids become the app's field names, and a message
 * that one of the goal rules wrote (our validators run inside Jira) becomes that rule's problem again, so REST
 * and pages show the same refusals on both hosts. Anything else keeps Jira's text.
 */
final class JiraErrors {
    private static final Map<String, String> FIELDS = Map.of("summary", "title", "description", "description", "duedate", "targetDate",
            "reporter", "ownerKey", "comment", "comment");
    private static final List<Problem> RULES = new ArrayList<>();

    static {
        for (GoalRules.Condition c : GoalRules.Condition.values()) {
            RULES.add(c.refusal());
        }
        RULES.add(Problem.of("successCriteria", "mentoring.goal.rule.ready.criteria"));
        RULES.add(Problem.of("targetDate", "mentoring.goal.rule.ready.date"));
        RULES.add(Problem.of("reason", "mentoring.goal.rule.reason.reason"));
        RULES.add(Problem.of("comment", "mentoring.goal.rule.reason.comment"));
        RULES.add(Problem.of("relationshipId", "mentoring.goal.rule.relationship"));
        RULES.add(Problem.of("ownerKey", "mentoring.goal.owner.member"));
    }

    private JiraErrors() {
    }

    static DomainException refusal(ErrorCollection errors) {
        Set<ErrorCollection.Reason> reasons = errors.getReasons() == null ? Set.of() : errors.getReasons();
        if (reasons.contains(ErrorCollection.Reason.NOT_FOUND)) {
            return new NotFoundException("goal");
        }
        List<Problem> problems = new ArrayList<>();
        if (errors.getErrors() != null) {
            errors.getErrors().forEach((field, message) -> problems.add(problem(field(field), message)));
        }
        List<Problem> general = new ArrayList<>();
        if (errors.getErrorMessages() != null) {
            errors.getErrorMessages().forEach(message -> general.add(problem(null, message)));
        }
        if (general.isEmpty() && problems.isEmpty()) {
            general.add(Problem.of(null, "mentoring.jira.error", "?"));
        }
        if (reasons.contains(ErrorCollection.Reason.FORBIDDEN) || reasons.contains(ErrorCollection.Reason.NOT_LOGGED_IN)
                || general.contains(GoalRules.Condition.MEMBER.refusal())) {
            return new ForbiddenException(general.isEmpty() ? problems.get(0) : general.get(0));
        }
        if (!problems.isEmpty()) {
            problems.addAll(general);
            return new ValidationException(problems);
        }
        return new RuleViolationException(general.get(0));
    }

    private static String field(String jiraField) {
        if (jiraField.startsWith("customfield_")) {
            return "relationshipId";
        }
        return FIELDS.getOrDefault(jiraField, jiraField);
    }

    /** The rule whose message Jira passed on, on the field Jira named (or the rule's own); else Jira's text. */
    private static Problem problem(String field, String message) {
        for (Problem rule : RULES) {
            if (Messages.english(rule).equals(message)) {
                return field == null ? rule : new Problem(field, rule.key(), rule.args());
            }
        }
        return Problem.of(field, "mentoring.jira.error", message);
    }
}
