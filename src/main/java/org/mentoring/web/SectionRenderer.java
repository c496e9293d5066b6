package org.mentoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.host.ViewRenderer;
import org.mentoring.relationship.RelationshipService;

/**
 * Renders a {@link RelationshipSection} to HTML, escaped by default like every template; the relationship
 * page inserts the result, and the Confluence macros return it.
 */
public final class SectionRenderer {
    private final ViewRenderer renderer;

    public SectionRenderer(ViewRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The section's HTML, or null when it has nothing for this viewer. {@code base} holds what every
     * template uses ({@link PageContext}); it is copied, not changed.
     */
    public String render(RelationshipSection section, String viewerKey, RelationshipService.Viewed viewed,
                         RelationshipSection.Options options, Map<String, Object> base) {
        Map<String, Object> context = new HashMap<>(base);
        String template = fill(section, viewerKey, viewed, options, context);
        return template == null ? null : html(template, context);
    }

    /** Fills {@code context} for the section and returns its template, or null when it has nothing for this viewer. */
    String fill(RelationshipSection section, String viewerKey, RelationshipService.Viewed viewed,
                RelationshipSection.Options options, Map<String, Object> context) {
        context.put("sectionId", section.id());
        context.put("interactive", options.interactive());
        context.put("showForm", options.showsForm());
        context.put("showList", options.showsList());
        context.put("relationshipId", viewed.relationship().id());
        return section.fill(viewerKey, viewed, options, context);
    }

    /** A template fragment rendered to a string (escaped by default, like every template). */
    public String html(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
