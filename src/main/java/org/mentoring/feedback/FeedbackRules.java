package org.mentoring.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.mentoring.access.Role;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.relationship.RelationshipStatus;

/**
 * Who may do what with feedback, and when: the one place the service, the REST views and the page section
 * take their answers from. Each rule returns the refusal it would raise, so "may I" and "do it" never disagree.
 */
final class FeedbackRules {
    /** The author may correct feedback this long after giving it. */
    static final Duration EDIT_WINDOW = Duration.ofHours(24);

    private FeedbackRules() {
    }

    /** Feedback flows while the pair works together, and after, when they keep in touch (alumni). */
    static boolean open(RelationshipStatus status) {
        return status.isInTouch();
    }

    /** Giving feedback and opening a round: a member, while the relationship is open for feedback. */
    static Optional<DomainException> refuseContribution(Role role, RelationshipStatus status) {
        if (!role.isMember()) {
            return Optional.of(new ForbiddenException(Problem.of(null, "mentoring.feedback.rule.member")));
        }
        if (!open(status)) {
            return Optional.of(new RuleViolationException(Problem.of(null, "mentoring.feedback.rule.status", status.name())));
        }
        return Optional.empty();
    }

    static Optional<DomainException> refuseAcknowledge(String viewerKey, Role role, RelationshipStatus status, FeedbackEntity f) {
        Optional<DomainException> refusal = refuseContribution(role, status);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!viewerKey.equals(f.getRecipientKey())) {
            return Optional.of(new ForbiddenException(Problem.of(null, "mentoring.feedback.rule.recipient")));
        }
        if (f.getAcknowledgedAt() != null) {
            return Optional.of(new RuleViolationException(Problem.of(null, "mentoring.feedback.rule.acknowledged")));
        }
        return Optional.empty();
    }

    /** Either member replies, on feedback they can read; round feedback once the round is revealed. */
    static Optional<DomainException> refuseReply(Role role, RelationshipStatus status, FeedbackEntity f, Instant now) {
        Optional<DomainException> refusal = refuseContribution(role, status);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!revealed(f, now)) {
            return Optional.of(new RuleViolationException(Problem.of(null, "mentoring.feedback.rule.notrevealed")));
        }
        return Optional.empty();
    }

    static Optional<DomainException> refuseEdit(String viewerKey, Role role, RelationshipStatus status, FeedbackEntity f, Instant now) {
        Optional<DomainException> refusal = refuseContribution(role, status);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!viewerKey.equals(f.getAuthorKey())) {
            return Optional.of(new ForbiddenException(Problem.of(null, "mentoring.feedback.rule.author")));
        }
        if (!now.isBefore(Instant.ofEpochMilli(f.getGivenAt()).plus(EDIT_WINDOW))) {
            return Optional.of(new RuleViolationException(Problem.of(null, "mentoring.feedback.rule.window", EDIT_WINDOW.toHours())));
        }
        // Changing a round's feedback after reading the other side's would defeat the blind round.
        if (f.getRoundId() != null && revealed(f, now)) {
            return Optional.of(new RuleViolationException(Problem.of(null, "mentoring.feedback.rule.revealed")));
        }
        return Optional.empty();
    }

    static Set<FeedbackAction> actions(String viewerKey, Role role, RelationshipStatus status, FeedbackEntity f, Instant now) {
        Set<FeedbackAction> actions = EnumSet.noneOf(FeedbackAction.class);
        if (refuseAcknowledge(viewerKey, role, status, f).isEmpty()) {
            actions.add(FeedbackAction.ACKNOWLEDGE);
        }
        if (refuseReply(role, status, f, now).isEmpty()) {
            actions.add(FeedbackAction.REPLY);
        }
        if (refuseEdit(viewerKey, role, status, f, now).isEmpty()) {
            actions.add(FeedbackAction.EDIT);
        }
        return actions;
    }

    /** Readable by the other member: not round feedback, or its round has been revealed (decided now, from stored facts). */
    static boolean revealed(FeedbackEntity f, Instant now) {
        return f.getRoundId() == null || f.getRevealsAt() <= now.toEpochMilli();
    }
}
