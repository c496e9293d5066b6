package org.mentoring.web;

import com.atlassian.annotations.security.AdminOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.mentoring.admin.ScopeAdministration;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.AdminAccess;
import org.mentoring.host.UserDirectory;

/**
 * The app's settings (/plugins/servlet/mentoring/admin): where mentoring is switched on. Administrators only,
 * behind the host's secure administrator session; anyone else gets the ordinary "not found" page.
 */
@AdminOnly
public class AdminServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient ScopeAdministration administration;
    private final transient UserDirectory users;
    private final transient AdminAccess adminAccess;

    public AdminServlet(ScopeAdministration administration, UserDirectory users, AdminAccess adminAccess, PageResponder pages) {
        super(pages);
        this.administration = administration;
        this.users = users;
        this.adminAccess = adminAccess;
    }

    @Override
    protected boolean proceed(String viewer, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // Non-administrators go on to the "not found" page; administrators may have to re-enter their password first.
        return !users.isAdmin(viewer) || adminAccess.proceed(req, resp);
    }

    /** Everyone knows the app has settings: someone who may not change them is told whom to ask, not "not found". */
    @Override
    protected String notFoundKey() {
        return "mentoring.admin.notfound";
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        ScopeAdministration.ScopeView scope;
        try {
            scope = administration.view(viewer);
        } catch (ForbiddenException e) {
            throw new NotFoundException("page");
        }
        context.put("orgWide", scope.orgWide());
        context.put("projects", String.join(", ", scope.projects()));
        context.put("spaces", String.join(", ", scope.spaces()));
        return "templates/admin.vm";
    }
}
