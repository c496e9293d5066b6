package org.mentoring.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.Viewers;

/** {@code /rest/mentoring/1.0/admin/scope}: where mentoring is switched on. Administrators only. */
@Path("/admin/scope")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class ScopeResource {
    private final ScopeAdministration administration;
    private final CurrentUser currentUser;

    @Inject
    public ScopeResource(ScopeAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    @GET
    public ScopeAdministration.ScopeView get(@Context HttpServletRequest request) {
        return administration.view(Viewers.require(currentUser, request));
    }

    @PUT
    public ScopeAdministration.ScopeView put(@Context HttpServletRequest request, ScopeAdministration.ScopeInput body) {
        String viewer = Viewers.require(currentUser, request);
        return administration.update(viewer, body == null ? new ScopeAdministration.ScopeInput(null, null, null) : body);
    }
}
