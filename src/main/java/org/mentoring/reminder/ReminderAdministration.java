package org.mentoring.reminder;

import java.util.Map;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.ProgramAction;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.host.UserDirectory;
import org.mentoring.program.ProgramStore;

/**
 * Who may read and set reminder timings: administrators set everyone's; a program's timings are seen by whoever may
 * see the program (its managers, administrators) and changed by whoever may edit it; for anyone else the program does
 * not exist.
 */
public final class ReminderAdministration {
    /** Everyone's timings (field → days). */
    public record TimingsView(Map<String, Integer> timings) {
    }

    /** A program's: what it overrides (null: follows everyone's) and what is in force. */
    public record ProgramTimingsView(long programId, Map<String, Integer> overrides, Map<String, Integer> timings) {
    }

    private final ReminderSettings settings;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final ProgramStore programs;

    public ReminderAdministration(ReminderSettings settings, AccessPolicy access, UserDirectory users, ProgramStore programs) {
        this.settings = settings;
        this.access = access;
        this.users = users;
        this.programs = programs;
    }

    public TimingsView view(String viewerKey) {
        requireAdmin(viewerKey);
        return new TimingsView(settings.global().json());
    }

    public TimingsView update(String viewerKey, Map<String, Integer> changes) {
        requireAdmin(viewerKey);
        settings.update(null, changes);
        return view(viewerKey);
    }

    public ProgramTimingsView program(String viewerKey, long programId) {
        if (!programs.exists(programId) || !access.permitsProgram(viewerKey, programId, ProgramAction.SEE)) {
            throw new NotFoundException("program");
        }
        return new ProgramTimingsView(programId, settings.overrides(programId), settings.forProgram(programId).json());
    }

    public ProgramTimingsView updateProgram(String viewerKey, long programId, Map<String, Integer> changes) {
        program(viewerKey, programId);
        if (!access.permitsProgram(viewerKey, programId, ProgramAction.EDIT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.admin"));
        }
        settings.update(programId, changes);
        return program(viewerKey, programId);
    }

    private void requireAdmin(String viewerKey) {
        if (viewerKey == null || !users.isAdmin(viewerKey) || users.find(viewerKey).filter(p -> p.active()).isEmpty()) {
            throw new ForbiddenException(Problem.of(null, "mentoring.admin.only"));
        }
    }
}
