package org.mentoring.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mentoring.program.Program;

/** A program as the program pages show it (Velocity reads maps), and the "what just happened" messages they know. */
final class ProgramRows {
    /** What the program pages' script reports after reloading ({@code ?done=…}); anything else is ignored. */
    static final Set<String> DONE = Set.of("created", "saved", "open", "start", "close", "appointed", "removed", "enrolled",
            "withdrawn", "approved", "declined", "limit");

    private ProgramRows() {
    }

    static Map<String, Object> row(Program p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("description", p.description() == null ? "" : p.description());
        m.put("objectives", p.objectives() == null ? "" : p.objectives());
        m.put("status", p.status().name());
        m.put("kind", p.kind().name());
        m.put("startsOn", text(p.startsOn()));
        m.put("endsOn", text(p.endsOn()));
        m.put("enrolFrom", text(p.enrolFrom()));
        m.put("enrolUntil", text(p.enrolUntil()));
        m.put("cadence", p.cadence().name());
        m.put("matching", p.matching().name());
        m.put("meetingMinutes", p.meetingMinutes() == null ? "" : p.meetingMinutes().toString());
        m.put("mentorCap", p.mentorCap() == null ? "" : p.mentorCap().toString());
        m.put("autoApprove", p.autoApprove());
        m.put("version", p.version());
        return m;
    }

    /** The message key for {@code done}, or null. */
    static String done(String done) {
        return done != null && DONE.contains(done) ? "mentoring.programs.done." + done : null;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
