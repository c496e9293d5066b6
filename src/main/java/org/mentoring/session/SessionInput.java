package org.mentoring.session;

/** A session's shared record as a caller sent it (dates as text, so each bad field can be named). */
public record SessionInput(String heldOn, Integer durationMinutes, String topics, String sharedNotes, String nextMeetingOn) {
}
