package org.mentoring.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.NotFoundException;
import org.mentoring.program.ProgramDashboard;
import org.mentoring.program.ProgramDashboardService;

/**
 * A program's dashboard figures embedded in a page the app does not own (the {@code mentoring-program} Confluence
 * macro): the same aggregates and charts as the dashboard page, from the same {@link ProgramDashboardService}, so the
 * same people see them (the program's managers and administrators) and small groups stay hidden the same way.
 * Anyone else, an anonymous reader, and a program that does not exist all get the one neutral placeholder.
 */
public final class EmbeddedProgram {
    static final String TEMPLATE = "templates/sections/program.vm";

    private final ProgramDashboardService dashboards;
    private final SectionRenderer sections;

    public EmbeddedProgram(ProgramDashboardService dashboards, SectionRenderer sections) {
        this.dashboards = dashboards;
        this.sections = sections;
    }

    /** The figures' HTML for {@code parameters} ({@code program}: its id) at {@code place}, or the placeholder. */
    public String render(Map<String, String> parameters, EmbeddedSections.Place place) {
        Map<String, Object> context = PageContext.of(place.locale(), place.contextPath(), null);
        Optional<String> problem = place.switchedOn() ? parameterProblem(parameters) : Optional.of("mentoring.macro.problem.off");
        if (problem.isPresent()) {
            context.put("problemKey", problem.get());
            return sections.html(EmbeddedSections.PLACEHOLDER, context);
        }
        if (place.viewerKey() == null) {
            return sections.html(EmbeddedSections.PLACEHOLDER, context);
        }
        context.put("viewerKey", place.viewerKey());
        String template;
        try {
            long id = Long.parseLong(parameters.get("program").strip());
            template = fill(dashboards.dashboard(place.viewerKey(), id), place.locale(), place.interactive(), context);
        } catch (NotFoundException hidden) {
            return sections.html(EmbeddedSections.PLACEHOLDER, context);
        }
        return "<div class=\"mentoring-page mentoring-macro\">" + sections.html(template, context) + "</div>";
    }

    /** Fills {@code context} with the dashboard's figures and returns the template that shows them. */
    static String fill(ProgramDashboard dashboard, Locale locale, boolean interactive, Map<String, Object> context) {
        DashboardFigures.fill(dashboard, locale, context);
        context.put("interactive", interactive);
        context.put("figurePrefix", "program-" + dashboard.program().id() + "-");
        context.put("figureLevel", 3);
        return TEMPLATE;
    }

    /** What the page's author got wrong, said without touching any program (so it reveals nothing). */
    static Optional<String> parameterProblem(Map<String, String> parameters) {
        String program = parameters == null ? null : parameters.get("program");
        if (program == null || !program.strip().matches("[1-9][0-9]{0,17}")) {
            return Optional.of("mentoring.macro.problem.program");
        }
        return Optional.empty();
    }
}
