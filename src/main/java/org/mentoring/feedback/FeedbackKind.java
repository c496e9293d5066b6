package org.mentoring.feedback;

/** What a piece of feedback is about. */
public enum FeedbackKind {
    /** What the other member does well. */
    STRENGTH,
    /** What the other member could improve. */
    GROWTH,
    /** What the author learned from the other member: mentoring goes both ways. */
    LEARNED
}
