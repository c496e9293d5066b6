package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.mentoring.program.ProgramDashboardService;

/**
 * A program's dashboard (/plugins/servlet/mentoring/program-dashboard?id=…): each aggregate as a chart drawn here and
 * as a table, and the CSV export. For the program's managers and administrators; "not found" for anyone else.
 */
@LicensedOnly
public class ProgramDashboardServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient ProgramDashboardService dashboards;

    public ProgramDashboardServlet(ProgramDashboardService dashboards, PageResponder pages) {
        super(pages);
        this.dashboards = dashboards;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Locale locale = req.getLocale() == null ? Locale.ENGLISH : req.getLocale();
        long id = Long.parseLong(String.valueOf(req.getParameter("id")));
        org.mentoring.program.ProgramDashboard d = dashboards.dashboard(viewer, id);
        DashboardFigures.fill(d, locale, context);
        context.put("program", ProgramRows.row(d.program()));
        context.put("figurePrefix", "dashboard-");
        context.put("figureLevel", 2);
        return "templates/program-dashboard.vm";
    }
}
