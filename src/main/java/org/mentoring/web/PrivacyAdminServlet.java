package org.mentoring.web;

import com.atlassian.annotations.security.AdminOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.AdminAccess;
import org.mentoring.privacy.PrivacyAdministration;

/**
 * Personal data for administrators (/plugins/servlet/mentoring/admin/privacy): erasing a person (what the app holds
 * first, then erase) and retention with its dry run. Behind the host's secure administrator session, as the settings
 * page; anyone else gets the ordinary "not found" page.
 */
@AdminOnly
public class PrivacyAdminServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient PrivacyAdministration administration;
    private final transient AdminAccess adminAccess;

    public PrivacyAdminServlet(PrivacyAdministration administration, AdminAccess adminAccess, PageResponder pages) {
        super(pages);
        this.administration = administration;
        this.adminAccess = adminAccess;
    }

    @Override
    protected boolean proceed(String viewer, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        return !administration.isAdmin(viewer) || adminAccess.proceed(req, resp);
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        try {
            context.put("retentionMonths", administration.retention(viewer).months());
        } catch (ForbiddenException e) {
            throw new NotFoundException("page");
        }
        return "templates/admin-privacy.vm";
    }
}
