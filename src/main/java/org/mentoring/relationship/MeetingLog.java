package org.mentoring.relationship;

import java.time.LocalDate;

/**
 * What the session log keeps on the relationship row, so lists can flag an overdue meeting without
 * reading sessions: how many were logged, when the latest was held, and the next meeting it set (if any).
 * Written by the session log in the same transaction as the session it summarises.
 */
public record MeetingLog(int sessions, LocalDate lastSessionOn, LocalDate nextMeetingOn) {
    public static final MeetingLog NONE = new MeetingLog(0, null, null);
}
