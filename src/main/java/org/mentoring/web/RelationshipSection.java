package org.mentoring.web;

import java.util.Map;
import org.mentoring.relationship.RelationshipService;

/**
 * A part of a relationship's page that also stands alone as a Confluence macro (feedback, sessions, goals):
 * one model and one template fragment serve both, so a macro never shows more than the page would.
 */
public interface RelationshipSection {
    /** What the section shows. */
    enum Display { LIST, FORM, BOTH }

    /**
     * How the section is shown. {@code interactive} is false where forms and scripts make no sense
     * (Confluence export and e-mail); {@code limit} caps list lengths; {@code goalId} narrows to one goal.
     */
    record Options(boolean interactive, int limit, Long goalId, Display display) {
        public static final int DEFAULT_LIMIT = 20;

        public static Options page() {
            return new Options(true, DEFAULT_LIMIT, null, Display.BOTH);
        }

        public boolean showsForm() {
            return interactive && display != Display.LIST;
        }

        public boolean showsList() {
            return display != Display.FORM;
        }
    }

    /** A stable id for the section's element ({@code id="section-<id>"}) and its position on the page. */
    String id();

    /**
     * Fills {@code context} with what {@code viewerKey} may see of the section for a relationship they may
     * know about ({@code viewed} holds their role), and returns the template fragment to render
     * ({@code templates/sections/…}); or null when there is nothing for this viewer (the section is left out).
     * Every access decision is the core's: the section only asks its service.
     */
    String fill(String viewerKey, RelationshipService.Viewed viewed, Options options, Map<String, Object> context);
}
