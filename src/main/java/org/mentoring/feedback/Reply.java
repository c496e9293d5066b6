package org.mentoring.feedback;

import java.time.Instant;

/** A reply in a feedback's thread. */
public record Reply(long id, long feedbackId, int seq, String authorKey, String text, Instant writtenAt) {
}
