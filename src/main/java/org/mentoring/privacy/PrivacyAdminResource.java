package org.mentoring.privacy;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.mentoring.audit.StoredAuditLog;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/admin/erasure}, {@code …/admin/retention}, {@code …/admin/audit}: erasing a person,
 * retention and the app's audit log. Administrators only.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class PrivacyAdminResource {
    private final PrivacyAdministration administration;
    private final CurrentUser currentUser;

    @Inject
    public PrivacyAdminResource(PrivacyAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    @GET
    @Path("erasure")
    public PrivacyAdministration.Preview preview(@Context HttpServletRequest request, @QueryParam("user") String user) {
        return administration.preview(Viewers.require(currentUser, request), user);
    }

    @POST
    @Path("erasure")
    public PrivacyAdministration.Erased erase(@Context HttpServletRequest request, PrivacyAdministration.ErasureInput body) {
        return administration.erase(Viewers.require(currentUser, request), body);
    }

    @GET
    @Path("retention")
    public PrivacyAdministration.RetentionView retention(@Context HttpServletRequest request) {
        return administration.retention(Viewers.require(currentUser, request));
    }

    @PUT
    @Path("retention")
    public PrivacyAdministration.RetentionView configure(@Context HttpServletRequest request, PrivacyAdministration.RetentionInput body) {
        return administration.configureRetention(Viewers.require(currentUser, request), body);
    }

    @POST
    @Path("retention/dry-run")
    public Map<String, Object> dryRun(@Context HttpServletRequest request, PrivacyAdministration.RetentionInput body) {
        return administration.dryRun(Viewers.require(currentUser, request), body);
    }

    @GET
    @Path("audit")
    public PageJson<StoredAuditLog.Recorded> audit(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                                   @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        PageRequest page = RequestParams.page(startAt, maxResults);
        return PageJson.of(administration.audit(viewer, page), r -> r);
    }
}
