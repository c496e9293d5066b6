package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.access.ProgramAction;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.PageRequest;
import org.mentoring.program.ApplicationService;
import org.mentoring.program.Enrolment;
import org.mentoring.program.EnrolmentService;
import org.mentoring.program.EnrolmentStatus;
import org.mentoring.program.MatchingMode;
import org.mentoring.program.Program;
import org.mentoring.program.ProgramMove;
import org.mentoring.program.ProgramService;
import org.mentoring.program.ProgramStatus;

/**
 * One program (/plugins/servlet/mentoring/program?id=…): what it is, and the viewer's enrolment (enrol, withdraw);
 * for its managers and administrators also its lifecycle moves, its pending enrolments, its managers, its history and a
 * link to its dashboard, and where people choose the limit of open applications per person; for administrators the
 * form changing it. Who may see it is the enrolment service's rule:
 * anyone active while it is open or running, its managers and administrators always, someone enrolled in it; "not
 * found" for anyone else. The actions go through the REST API (programs.js).
 */
@LicensedOnly
public class ProgramServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int LIST = 20;

    private final transient ProgramService programs;
    private final transient EnrolmentService enrolments;
    private final transient ApplicationService applications;
    private final transient UserDirectory users;

    public ProgramServlet(ProgramService programs, EnrolmentService enrolments, ApplicationService applications, UserDirectory users,
                          PageResponder pages) {
        super(pages);
        this.programs = programs;
        this.enrolments = enrolments;
        this.applications = applications;
        this.users = users;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        long id = Long.parseLong(String.valueOf(req.getParameter("id")));
        Program p = enrolments.enrolling(viewer, id);
        context.put("program", ProgramRows.row(p));
        context.put("doneKey", ProgramRows.done(req.getParameter("done")));
        Optional<Enrolment> mine = enrolments.mine(viewer, id);
        context.put("mine", mine.map(e -> Map.<String, Object>of("status", e.status().name(), "asMentor", e.asMentor(),
                "asMentee", e.asMentee())).orElse(null));
        boolean enrolling = p.status() == ProgramStatus.OPEN || p.status() == ProgramStatus.RUNNING;
        context.put("mayEnrol", enrolling && (mine.isEmpty() || mine.get().status() == EnrolmentStatus.WITHDRAWN
                || mine.get().status() == EnrolmentStatus.DECLINED));
        context.put("mayWithdraw", mine.filter(e -> e.status() == EnrolmentStatus.PENDING || e.status() == EnrolmentStatus.APPROVED).isPresent());
        context.put("questions", !enrolling ? List.of() : enrolments.questions(viewer, id).stream()
                .map(q -> Map.<String, Object>of("id", q.id(), "text", q.text(), "required", q.required())).toList());

        boolean manages = programs.permits(viewer, id, ProgramAction.SEE);
        context.put("manages", manages);
        context.put("mayEdit", programs.permits(viewer, id, ProgramAction.EDIT) && p.status() != ProgramStatus.CLOSED);
        context.put("mayAppoint", programs.permits(viewer, id, ProgramAction.APPOINT));
        boolean mayDecide = programs.permits(viewer, id, ProgramAction.DECIDE_ENROLMENT);
        context.put("mayDecide", mayDecide);
        // Where people choose, those who decide enrolments also set how many open applications one person may have.
        boolean mayLimit = mayDecide && p.matching() != MatchingMode.MANAGER && p.status() != ProgramStatus.CLOSED;
        context.put("mayLimit", mayLimit);
        context.put("maxApplications", mayLimit ? applications.maxApplications(viewer, id) : null);
        context.put("maxApplicationsLimit", ApplicationService.MAX_APPLICATIONS_LIMIT);
        if (manages) {
            List<String> moves = new ArrayList<>();
            if (programs.permits(viewer, id, ProgramAction.MOVE)) {
                for (ProgramMove m : ProgramMove.values()) {
                    if (m.allowedFrom(p.status())) {
                        moves.add(m.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            context.put("moves", moves);
            context.put("managers", programs.managers(viewer, id, PageRequest.first(LIST)).values().stream().map(ProgramServlet::person).toList());
            List<Map<String, Object>> history = new ArrayList<>();
            programs.history(viewer, id, PageRequest.first(LIST)).values().forEach(h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", h.type());
                m.put("actor", users.find(h.actorKey()).map(Person::displayName).orElse(h.actorKey()));
                m.put("at", h.at().toString().substring(0, 16).replace('T', ' '));
                m.put("to", h.to() == null ? "" : h.to());
                m.put("note", h.note() == null ? "" : h.note());
                history.add(m);
            });
            context.put("history", history);
            List<Map<String, Object>> pending = new ArrayList<>();
            enrolments.list(viewer, id, Set.of(EnrolmentStatus.PENDING), null, PageRequest.first(LIST)).values().forEach(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", e.userKey());
                m.put("name", users.find(e.userKey()).map(Person::displayName).orElse(e.userKey()));
                m.put("asMentor", e.asMentor());
                m.put("asMentee", e.asMentee());
                pending.add(m);
            });
            context.put("pending", pending);
        }
        return "templates/program.vm";
    }

    private static Map<String, Object> person(Person p) {
        return Map.of("key", p.key(), "name", p.name(), "displayName", p.displayName());
    }
}
