package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.NotFoundException;
import org.mentoring.relationship.RelationshipService;

/**
 * One section of a relationship's page as an HTML fragment
 * ({@code /plugins/servlet/mentoring/section?relationship=N&section=feedback}), which the page loads after
 * itself: each section is its own request with its own small SQL budget, and the exact HTML a Confluence
 * macro shows. 204 when the viewer has nothing in it; 404 (empty) for anything unknown or not theirs.
 */
@LicensedOnly
public class SectionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient RelationshipService relationships;
    private final transient PageResponder pages;
    private final transient SectionRenderer renderer;
    private final transient Map<String, RelationshipSection> sections = new LinkedHashMap<>();

    public SectionServlet(RelationshipService relationships, PageResponder pages, SectionRenderer renderer,
                          RelationshipPageSections sections) {
        this.relationships = relationships;
        this.pages = pages;
        this.renderer = renderer;
        sections.inOrder().forEach(s -> this.sections.put(s.id(), s));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        Optional<String> viewer = pages.viewer(req);
        if (viewer.isEmpty()) {
            resp.setStatus(401);
            return;
        }
        RelationshipSection section = sections.get(req.getParameter("section"));
        String html;
        try {
            if (section == null) {
                throw new NotFoundException("section");
            }
            RelationshipService.Viewed viewed = relationships.view(viewer.get(), Long.parseLong(req.getParameter("relationship")));
            html = renderer.render(section, viewer.get(), viewed, RelationshipSection.Options.page(), pages.context(req));
        } catch (NotFoundException | NumberFormatException e) {
            resp.setStatus(404);
            return;
        }
        if (html == null) {
            resp.setStatus(204);
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(html);
    }
}
