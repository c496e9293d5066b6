package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.mentoring.access.Role;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.RequestParams;

/** "My mentoring" (/plugins/servlet/mentoring/my): the viewer's relationships as mentor and as mentee. */
@LicensedOnly
public class MyMentoringServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private final transient RelationshipService relationships;
    private final transient RelationshipViews views;

    public MyMentoringServlet(RelationshipService relationships, RelationshipViews views, PageResponder pages) {
        super(pages);
        this.relationships = relationships;
        this.views = views;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        context.put("mentoring", section(viewer, Role.MENTOR, req.getParameter("mentorStart")));
        context.put("mentored", section(viewer, Role.MENTEE, req.getParameter("menteeStart")));
        return "templates/my-mentoring.vm";
    }

    private Map<String, Object> section(String viewer, Role role, String startAt) {
        PageRequest request = RequestParams.pageOrFirst(startAt, PAGE_SIZE);
        Page<Relationship> page = relationships.listMine(viewer, new RelationshipFilter(Set.of(), role), request);
        return Map.of(
                "items", RelationshipPageModel.relationships(page.values().stream().map(r -> views.relationship(viewer, r)).toList()),
                "total", page.total(),
                "startAt", page.startAt(),
                "hasPrevious", page.startAt() > 0,
                "previousStart", Math.max(0, page.startAt() - PAGE_SIZE),
                "hasNext", !page.isLast(),
                "nextStart", page.startAt() + PAGE_SIZE);
    }
}
