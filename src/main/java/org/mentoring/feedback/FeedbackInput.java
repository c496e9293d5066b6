package org.mentoring.feedback;

import java.util.List;

/**
 * Feedback as a caller sent it, unchecked (so each bad field can be named). {@code pageId} is a Confluence
 * content id in digits; a rating's {@code score} is whatever JSON value arrived (it must be a whole number 1–5).
 */
public record FeedbackInput(String kind, String text, Long goalId, String pageId, List<RatingInput> ratings, String visibility) {
    public record RatingInput(String competency, Object score) {
    }
}
