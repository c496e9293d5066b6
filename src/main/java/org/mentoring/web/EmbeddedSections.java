package org.mentoring.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.relationship.RelationshipService;

/**
 * A relationship section embedded in a page the app does not own (a Confluence macro): which relationship the
 * parameters mean, how to show it there, and what to show anyone who may not see it. A viewer who may not see
 * the relationship — or when there is none — gets the same neutral placeholder, so a page never reveals that a
 * mentorship exists.
 */
public final class EmbeddedSections {
    public static final int MAX_COUNT = 50;
    static final String PLACEHOLDER = "templates/sections/placeholder.vm";

    /**
     * Where the section is embedded: whether an administrator switched mentoring on there (a Confluence space),
     * who is looking (null when anonymous), who wrote the page (the person a "person" parameter is paired with;
     * null outside a page), whether forms make sense there (not in export or e-mail), the reader's locale and the
     * host's context path.
     */
    public record Place(boolean switchedOn, String viewerKey, String pageCreatorKey, boolean interactive, Locale locale,
                        String contextPath) {
    }

    private final RelationshipService relationships;
    private final UserDirectory users;
    private final SectionRenderer sections;

    public EmbeddedSections(RelationshipService relationships, UserDirectory users, SectionRenderer sections) {
        this.relationships = relationships;
        this.users = users;
        this.sections = sections;
    }

    /**
     * The section's HTML for {@code parameters}: {@code relationship} (its id) or {@code person} (a user name:
     * the relationship between that person and the page's author, or the viewer on a page of their own);
     * optional {@code goal} (an id), {@code mode} ({@code form}, {@code list}, {@code both}) and {@code count}.
     */
    public String render(RelationshipSection section, Map<String, String> parameters, Place place) {
        Map<String, Object> context = PageContext.of(place.locale(), place.contextPath(), null);
        Optional<String> problem = place.switchedOn() ? parameterProblem(parameters) : Optional.of("mentoring.macro.problem.off");
        if (problem.isPresent()) {
            context.put("problemKey", problem.get());
            return sections.html(PLACEHOLDER, context);
        }
        if (place.viewerKey() == null) {
            return sections.html(PLACEHOLDER, context);
        }
        context.put("viewerKey", place.viewerKey());
        String html;
        try {
            RelationshipService.Viewed viewed = relationship(parameters, place);
            html = sections.render(section, place.viewerKey(), viewed, options(parameters, place), context);
        } catch (NotFoundException hidden) {
            html = null;
        }
        if (html == null) {
            return sections.html(PLACEHOLDER, context);
        }
        return "<div class=\"mentoring-page mentoring-macro\">" + html + "</div>";
    }

    private RelationshipService.Viewed relationship(Map<String, String> parameters, Place place) {
        String id = value(parameters, "relationship");
        if (id != null) {
            return relationships.view(place.viewerKey(), Long.parseLong(id));
        }
        Person person = users.findByName(value(parameters, "person")).orElseThrow(() -> new NotFoundException("relationship"));
        String other = place.pageCreatorKey() == null || place.pageCreatorKey().equals(person.key())
                ? place.viewerKey() : place.pageCreatorKey();
        return relationships.between(place.viewerKey(), person.key(), other);
    }

    private static RelationshipSection.Options options(Map<String, String> parameters, Place place) {
        String count = value(parameters, "count");
        String goal = value(parameters, "goal");
        String mode = value(parameters, "mode");
        return new RelationshipSection.Options(place.interactive(),
                count == null ? RelationshipSection.Options.DEFAULT_LIMIT : Integer.parseInt(count),
                goal == null ? null : Long.valueOf(goal),
                mode == null ? RelationshipSection.Display.BOTH : RelationshipSection.Display.valueOf(mode.toUpperCase(Locale.ROOT)));
    }

    /** What the page's author got wrong, said without touching any relationship (so it reveals nothing). */
    static Optional<String> parameterProblem(Map<String, String> parameters) {
        String relationship = value(parameters, "relationship");
        if (relationship == null && value(parameters, "person") == null) {
            return Optional.of("mentoring.macro.problem.which");
        }
        if (relationship != null && !relationship.matches("[1-9][0-9]{0,17}")) {
            return Optional.of("mentoring.macro.problem.relationship");
        }
        String goal = value(parameters, "goal");
        if (goal != null && !goal.matches("[1-9][0-9]{0,17}")) {
            return Optional.of("mentoring.macro.problem.goal");
        }
        String count = value(parameters, "count");
        if (count != null && !(count.matches("[0-9]{1,3}") && Integer.parseInt(count) >= 1 && Integer.parseInt(count) <= MAX_COUNT)) {
            return Optional.of("mentoring.macro.problem.count");
        }
        String mode = value(parameters, "mode");
        if (mode != null && !mode.toLowerCase(Locale.ROOT).matches("form|list|both")) {
            return Optional.of("mentoring.macro.problem.mode");
        }
        return Optional.empty();
    }

    private static String value(Map<String, String> parameters, String name) {
        String v = parameters == null ? null : parameters.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
