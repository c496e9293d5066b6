package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.program.DashboardSection;
import org.mentoring.program.ProgramDashboard;
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
        ProgramDashboard d = dashboards.dashboard(viewer, id);
        context.put("programId", d.program().id());
        context.put("programName", d.program().name());
        context.put("programStatus", d.program().status().name());
        context.put("program", ProgramRows.row(d.program()));
        context.put("asOf", d.asOf().toString());
        context.put("median", d.medianDaysToMatch());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (DashboardSection s : d.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.key());
            m.put("chartHtml", DashboardChart.svg(s, locale));
            List<Map<String, Object>> groups = new ArrayList<>();
            for (DashboardSection.Group g : s.groups()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", g.key());
                row.put("count", g.shown() ? Integer.toString(g.count()) : null);
                groups.add(row);
            }
            m.put("groups", groups);
            m.put("partition", s.kind() == DashboardSection.Kind.PARTITION);
            m.put("anyHidden", s.anyHidden());
            m.put("other", s.otherCount() == null ? null : s.otherCount().toString());
            sections.add(m);
        }
        context.put("sections", sections);
        return "templates/program-dashboard.vm";
    }
}
