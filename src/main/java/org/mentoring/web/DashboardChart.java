package org.mentoring.web;

import java.util.List;
import java.util.Locale;
import org.mentoring.i18n.Messages;
import org.mentoring.program.DashboardSection;

/**
 * One dashboard section as an inline SVG bar chart, drawn on the server (nothing is fetched from elsewhere): a bar per
 * group, its count at the bar's end, and "fewer than 3" with no bar for a group not shown separately. The SVG is an
 * image with a text alternative naming every value; the page puts the same numbers in a table next to it. Every text
 * is escaped here, since the template writes the SVG raw.
 */
public final class DashboardChart {
    private static final int ROW = 28;
    private static final int LABEL = 170;
    private static final int BAR = 190;

    private DashboardChart() {
    }

    public static String svg(DashboardSection section, Locale locale) {
        List<DashboardSection.Group> groups = section.groups();
        int max = Math.max(1, groups.stream().filter(DashboardSection.Group::shown).mapToInt(DashboardSection.Group::count).max().orElse(1));
        int height = groups.size() * ROW + 8;
        StringBuilder alt = new StringBuilder(Messages.text(locale, "mentoring.dashboard.section." + section.key())).append(": ");
        StringBuilder bars = new StringBuilder();
        int y = 4;
        for (int i = 0; i < groups.size(); i++) {
            DashboardSection.Group g = groups.get(i);
            String label = Messages.text(locale, "mentoring.dashboard.group." + g.key());
            String value = g.shown() ? Integer.toString(g.count()) : Messages.text(locale, "mentoring.dashboard.hidden");
            alt.append(i == 0 ? "" : ", ").append(label).append(' ').append(value);
            int width = g.shown() ? Math.max(g.count() == 0 ? 0 : 2, (int) Math.round((double) g.count() / max * BAR)) : 0;
            bars.append("<text x=\"0\" y=\"").append(y + 17).append("\" class=\"mentoring-chart-label\">").append(escape(label)).append("</text>");
            if (width > 0) {
                bars.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW - 10).append("\" class=\"mentoring-chart-bar\" rx=\"2\"/>");
            }
            bars.append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 17).append("\" class=\"mentoring-chart-value")
                    .append(g.shown() ? "" : " mentoring-chart-hidden").append("\">").append(escape(value)).append("</text>");
            y += ROW;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mentoring-chart\" role=\"img\" viewBox=\"0 0 420 " + height
                + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"" + escape(alt.toString()) + "\">"
                + bars + "</svg>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
