package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.mentoring.program.ProgramDashboardService;

/**
 * A program's dashboard figures as an HTML fragment ({@code /plugins/servlet/mentoring/program-figures?id=N}): what
 * the {@code mentoring-program} Confluence macro shows, from the same template, so the standalone host (and its
 * browser tests) render it too. For the program's managers and administrators; an empty 404 for anyone else, as for a
 * program that does not exist.
 */
@LicensedOnly
public class ProgramFiguresServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient ProgramDashboardService dashboards;

    public ProgramFiguresServlet(ProgramDashboardService dashboards, PageResponder pages) {
        super(pages, Kind.FRAGMENT);
        this.dashboards = dashboards;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Locale locale = req.getLocale() == null ? Locale.ENGLISH : req.getLocale();
        long id = Long.parseLong(String.valueOf(req.getParameter("id")));
        return EmbeddedProgram.fill(dashboards.dashboard(viewer, id), locale, true, context);
    }
}
