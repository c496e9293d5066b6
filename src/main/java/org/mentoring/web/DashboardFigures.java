package org.mentoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.program.DashboardSection;
import org.mentoring.program.ProgramDashboard;

/**
 * A program dashboard as the templates show it (the dashboard page and the {@code mentoring-program} macro alike):
 * the program, the day, and per section its chart and its table rows. Which groups are shown is the dashboard's
 * decision ({@link DashboardSection.Group#shown()}); this only translates it.
 */
final class DashboardFigures {
    private DashboardFigures() {
    }

    static void fill(ProgramDashboard d, Locale locale, Map<String, Object> context) {
        context.put("programId", d.program().id());
        context.put("programName", d.program().name());
        context.put("programStatus", d.program().status().name());
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
    }
}
