package org.mentoring.web;

import com.atlassian.annotations.security.AdminOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentoring.audit.StoredAuditLog;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.AdminAccess;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.privacy.PrivacyAdministration;
import org.mentoring.rest.RequestParams;

/**
 * The app's audit log (/plugins/servlet/mentoring/admin/audit), newest first, a page at a time: where the host keeps
 * no audit log of its own (the standalone host). Jira and Confluence show the same entries in their audit log.
 */
@AdminOnly
public class AuditServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    private final transient PrivacyAdministration administration;
    private final transient UserDirectory users;
    private final transient AdminAccess adminAccess;

    public AuditServlet(PrivacyAdministration administration, UserDirectory users, AdminAccess adminAccess, PageResponder pages) {
        super(pages);
        this.administration = administration;
        this.users = users;
        this.adminAccess = adminAccess;
    }

    @Override
    protected boolean proceed(String viewer, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        return !administration.isAdmin(viewer) || adminAccess.proceed(req, resp);
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        PageRequest request = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE_SIZE);
        Page<StoredAuditLog.Recorded> page;
        try {
            page = administration.audit(viewer, request);
        } catch (ForbiddenException e) {
            throw new NotFoundException("page");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredAuditLog.Recorded r : page.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", r.at());
            row.put("action", r.action());
            row.put("actor", name(r.actorKey()));
            row.put("subject", r.subjectKey() == null ? "" : name(r.subjectKey()));
            StringBuilder details = new StringBuilder();
            r.details().forEach((k, v) -> details.append(details.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
            row.put("details", details.toString());
            rows.add(row);
        }
        context.put("entries", rows);
        context.put("total", page.total());
        context.put("from", page.values().isEmpty() ? 0 : page.startAt() + 1);
        context.put("to", page.startAt() + page.values().size());
        context.put("previousStart", page.startAt() > 0 ? (long) Math.max(0, page.startAt() - PAGE_SIZE) : -1L);
        context.put("nextStart", page.isLast() ? -1L : (long) page.startAt() + PAGE_SIZE);
        return "templates/admin-audit.vm";
    }

    private String name(String key) {
        return key == null ? "" : users.find(key).map(p -> p.displayName()).orElse(key);
    }
}
