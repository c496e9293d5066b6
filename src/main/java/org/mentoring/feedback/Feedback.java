package org.mentoring.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mentoring.access.Visibility;

/**
 * A piece of feedback as one viewer may see it. {@code hidden} is true only for the author's own round
 * feedback that the other member cannot read yet ({@code revealsAt} says until when at the latest);
 * nobody else is ever handed hidden feedback. {@code actions} are what this viewer may do with it now.
 */
public record Feedback(
        long id,
        long relationshipId,
        String authorKey,
        String recipientKey,
        FeedbackKind kind,
        String text,
        List<Rating> ratings,
        Long goalId,
        Long pageId,
        Visibility visibility,
        Long roundId,
        boolean hidden,
        Instant revealsAt,
        Instant givenAt,
        Instant editedAt,
        int version,
        Instant acknowledgedAt,
        int replyCount,
        Set<FeedbackAction> actions) {

    public Feedback {
        ratings = List.copyOf(ratings);
        actions = Set.copyOf(actions);
    }
}
