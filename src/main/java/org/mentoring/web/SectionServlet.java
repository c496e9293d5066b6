package org.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mentoring.error.NotFoundException;
import org.mentoring.relationship.RelationshipService;

/**
 * One section of a relationship's page as an HTML fragment
 * ({@code /plugins/servlet/mentoring/section?relationship=N&section=feedback}), which the page loads after
 * itself: each section is its own request with its own small SQL budget, and the exact HTML a Confluence
 * macro shows. 204 when the viewer has nothing in it; 404 (empty) for anything unknown or not theirs.
 */
public class SectionServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient RelationshipService relationships;
    private final transient SectionRenderer renderer;
    private final transient Map<String, RelationshipSection> sections = new LinkedHashMap<>();

    public SectionServlet(RelationshipService relationships, PageResponder pages, SectionRenderer renderer,
                          RelationshipPageSections sections) {
        super(pages, Kind.FRAGMENT);
        this.relationships = relationships;
        this.renderer = renderer;
        sections.inOrder().forEach(s -> this.sections.put(s.id(), s));
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        RelationshipSection section = sections.get(req.getParameter("section"));
        if (section == null) {
            throw new NotFoundException("section");
        }
        RelationshipService.Viewed viewed = relationships.view(viewer, Long.parseLong(req.getParameter("relationship")));
        return renderer.fill(section, viewer, viewed, RelationshipSection.Options.page(), context);
    }
}
