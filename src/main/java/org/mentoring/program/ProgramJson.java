package org.mentoring.program;

import org.mentoring.history.History;
import org.mentoring.host.Person;
import org.mentoring.people.FitScore;

/** What the REST API answers for programs: dates and instants as ISO text, enums by name. */
public final class ProgramJson {
    private ProgramJson() {
    }

    public record ProgramView(long id, String name, String description, String objectives, String kind, String startsOn,
                              String endsOn, String enrolFrom, String enrolUntil, String matching, String cadence,
                              Integer meetingMinutes, Integer mentorCap, boolean autoApprove, FitScore.Weights weights,
                              String status, int version, String createdAt) {
    }

    public record HistoryView(int seq, String type, String actorKey, String at, String from, String to, String note) {
    }

    public record ManagerView(String key, String name, String displayName, boolean active) {
    }

    /** A lifecycle move's body: the version the caller saw (required) and an optional note. */
    public record MoveBody(Integer version, String note) {
    }

    static ProgramView of(Program p) {
        return new ProgramView(p.id(), p.name(), p.description(), p.objectives(), p.kind().name(), text(p.startsOn()),
                text(p.endsOn()), text(p.enrolFrom()), text(p.enrolUntil()), p.matching().name(), p.cadence().name(),
                p.meetingMinutes(), p.mentorCap(), p.autoApprove(), p.weights(), p.status().name(), p.version(),
                p.createdAt().toString());
    }

    static HistoryView of(History.Entry e) {
        return new HistoryView(e.seq(), e.type(), e.actorKey(), e.at().toString(), e.from(), e.to(), e.note());
    }

    static ManagerView of(Person p) {
        return new ManagerView(p.key(), p.name(), p.displayName(), p.active());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
