package org.mentoring.feedback;

import java.time.Instant;
import java.util.List;
import org.mentoring.access.Visibility;

/** An earlier version of a piece of feedback, as it read before its author edited it. */
public record FeedbackVersion(long feedbackId, int version, FeedbackKind kind, String text, List<Rating> ratings, Long goalId,
                              Long pageId, Visibility visibility, Instant writtenAt) {
    public FeedbackVersion {
        ratings = List.copyOf(ratings);
    }
}
