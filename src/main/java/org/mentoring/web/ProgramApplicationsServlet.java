package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.RequestParams;
import org.mentoring.program.Application;
import org.mentoring.program.ApplicationService;
import org.mentoring.program.ApplicationStatus;
import org.mentoring.program.ApplicationStore;
import org.mentoring.program.MatchingMode;
import org.mentoring.program.Program;

/**
 * A chooser's applications (/plugins/servlet/mentoring/program-applications?id=…&startAt=…): the applications they
 * received in a program where people choose, newest first, each with the applicant's note, to accept or decline. Only
 * their own (a manager of the program sees none here: the dashboard counts them); anyone outside the program finds
 * nothing. The actions go through the REST API (choosing.js).
 */
@LicensedOnly
public class ProgramApplicationsServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    private final transient ApplicationService applications;
    private final transient UserDirectory users;

    public ProgramApplicationsServlet(ApplicationService applications, UserDirectory users, PageResponder pages) {
        super(pages);
        this.applications = applications;
        this.users = users;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        long id = Long.parseLong(String.valueOf(req.getParameter("id")));
        Program p = applications.program(viewer, id);
        context.put("program", Map.of("id", p.id(), "name", p.name()));
        context.put("fromMentees", p.matching() != MatchingMode.MENTOR_CHOOSES);
        context.put("doneKey", ProgramChooseServlet.done(req.getParameter("done")));
        context.put("chooses", applications.chooses(viewer, id));
        PageRequest asked = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE);
        int startAt = asked.startAt();
        Page<Application> page = applications.list(viewer, id, ApplicationStore.Side.CHOOSER, Set.of(), asked);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Application a : page.values()) {
            rows.add(row(a, a.applicantKey(), users));
        }
        context.put("received", rows);
        context.put("total", page.total());
        context.put("previous", startAt > 0 ? Integer.valueOf(Math.max(0, startAt - PAGE)) : null);
        context.put("next", page.isLast() ? null : Integer.valueOf(startAt + PAGE));
        return "templates/program-applications.vm";
    }

    /** An application as the pages show it, naming {@code other} (the person on the other side from the viewer). */
    static Map<String, Object> row(Application a, String other, UserDirectory users) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", users.find(other).map(Person::displayName).orElse(other));
        m.put("status", a.status().name());
        m.put("reason", a.reason() == null ? "" : a.reason());
        m.put("note", a.note() == null ? "" : a.note());
        m.put("appliedOn", a.appliedAt().toString().substring(0, 10));
        m.put("open", a.status() == ApplicationStatus.OPEN);
        m.put("relationshipId", a.relationshipId());
        return m;
    }
}
