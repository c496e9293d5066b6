package org.mentoring.host.standalone;

import com.atlassian.annotations.security.AdminOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problems;
import org.mentoring.host.Person;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.RequestParams;
import org.mentoring.web.PageResponder;
import org.mentoring.web.PageServlet;

/**
 * The standalone host's people (/plugins/servlet/mentoring/admin/people): search them, deactivate or reactivate one
 * (the page's script calls {@code PUT /admin/users/{userKey}/active}). What Jira's and Confluence's user management
 * pages are to those hosts. Administrators only; anyone else gets the ordinary "not found" page.
 */
@AdminOnly
public class PeopleAdminServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    private final transient DirectoryAdministration administration;

    public PeopleAdminServlet(DirectoryAdministration administration, PageResponder pages) {
        super(pages);
        this.administration = administration;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Problems problems = new Problems();
        String query = problems.optionalText("q", req.getParameter("q"), DirectoryUsersResource.MAX_QUERY);
        if (problems.has("q")) {
            query = null;
        }
        PageRequest request = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE_SIZE);
        Page<Person> people;
        try {
            people = administration.list(viewer, query, request);
        } catch (ForbiddenException e) {
            throw new NotFoundException("page");
        }
        context.put("query", query == null ? "" : query);
        context.put("people", people.values());
        context.put("viewerKey", viewer);
        context.put("total", people.total());
        context.put("first", people.startAt() + 1);
        context.put("last", people.startAt() + people.values().size());
        int next = people.startAt() + people.values().size();
        context.put("nextStart", next < people.total() ? next : null);
        int previous = Math.max(0, people.startAt() - PAGE_SIZE);
        context.put("previousStart", people.startAt() > 0 ? previous : null);
        return "templates/standalone/people.vm";
    }
}
