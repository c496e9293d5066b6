package org.mentoring.program;

/**
 * The dashboard as CSV: {@code section,group,count}, one row per group. A group too small to show has an empty
 * count and the note "fewer than 3"; a section that hid groups ends with its {@code OTHER} row. Values come from
 * fixed keys and numbers, but every field is quoted as RFC 4180 asks, and none starts a spreadsheet formula.
 */
public final class DashboardCsv {
    private DashboardCsv() {
    }

    public static String of(ProgramDashboard d) {
        StringBuilder out = new StringBuilder("section,group,count,note\r\n");
        row(out, "program", "NAME", d.program().name(), "");
        row(out, "program", "STATUS", d.program().status().name(), "");
        row(out, "program", "AS_OF", d.asOf().toString(), "");
        row(out, "timeToMatch", "MEDIAN_DAYS", d.medianDaysToMatch() == null ? "" : d.medianDaysToMatch().toString(),
                d.medianDaysToMatch() == null ? "fewer than 3" : "");
        for (DashboardSection s : d.sections()) {
            for (DashboardSection.Group g : s.groups()) {
                row(out, s.key(), g.key(), g.shown() ? g.count().toString() : "", g.shown() ? "" : "fewer than 3");
            }
            if (s.anyHidden() && s.kind() == DashboardSection.Kind.PARTITION) {
                row(out, s.key(), "OTHER", s.otherCount() == null ? "" : s.otherCount().toString(),
                        s.otherCount() == null ? "fewer than 3" : "groups not shown separately");
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields[i]));
        }
        out.append("\r\n");
    }

    private static String quote(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
