package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mentoring.paging.Page;
import org.mentoring.program.Program;
import org.mentoring.program.ProgramService;
import org.mentoring.rest.RequestParams;

/**
 * "Programs" (/plugins/servlet/mentoring/programs): the programs open to join (for everyone who may use mentoring),
 * the programs the viewer runs (managers: theirs; administrators: all), and for administrators the form creating one.
 */
@LicensedOnly
public class ProgramsServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private final transient ProgramService programs;

    public ProgramsServlet(ProgramService programs, PageResponder pages) {
        super(pages);
        this.programs = programs;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Page<Program> open = programs.joinable(viewer, RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE_SIZE));
        Page<Program> run = programs.list(viewer, RequestParams.pageOrFirst(req.getParameter("runStartAt"), PAGE_SIZE));
        context.put("open", open.values().stream().map(ProgramRows::row).toList());
        context.put("openNext", open.isLast() ? null : open.startAt() + PAGE_SIZE);
        context.put("openPrevious", open.startAt() == 0 ? null : Math.max(0, open.startAt() - PAGE_SIZE));
        context.put("run", run.values().stream().map(ProgramRows::row).toList());
        context.put("runNext", run.isLast() ? null : run.startAt() + PAGE_SIZE);
        context.put("runPrevious", run.startAt() == 0 ? null : Math.max(0, run.startAt() - PAGE_SIZE));
        context.put("mayCreate", programs.mayCreate(viewer));
        context.put("doneKey", ProgramRows.done(req.getParameter("done")));
        return "templates/programs.vm";
    }
}
