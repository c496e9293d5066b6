package org.mentoring.people;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/profiles}: signed-in, licensed users read profiles the access policy lets them see
 * (a hidden one is 404, like a missing one); owners and administrators replace them with PUT.
 */
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProfileResource {
    private final ProfileService profiles;
    private final ProfileViews views;
    private final CurrentUser currentUser;

    @Inject
    public ProfileResource(ProfileService profiles, ProfileViews views, CurrentUser currentUser) {
        this.profiles = profiles;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    @Path("me")
    public ProfileViews.ProfileView mine(@Context HttpServletRequest request) {
        String viewer = Viewers.require(currentUser, request);
        return get(viewer, viewer);
    }

    @PUT
    @Path("me")
    public ProfileViews.ProfileView saveMine(@Context HttpServletRequest request, ProfileInput body) {
        String viewer = Viewers.require(currentUser, request);
        return save(viewer, viewer, body);
    }

    @GET
    @Path("{userKey}")
    public ProfileViews.ProfileView get(@Context HttpServletRequest request, @PathParam("userKey") String userKey) {
        return get(Viewers.require(currentUser, request), userKey);
    }

    @PUT
    @Path("{userKey}")
    public ProfileViews.ProfileView save(@Context HttpServletRequest request, @PathParam("userKey") String userKey,
                                         ProfileInput body) {
        return save(Viewers.require(currentUser, request), userKey, body);
    }

    private ProfileViews.ProfileView get(String viewer, String userKey) {
        return views.view(profiles.get(viewer, userKey), profiles.mayEdit(viewer, userKey));
    }

    private ProfileViews.ProfileView save(String viewer, String userKey, ProfileInput body) {
        return views.view(profiles.save(viewer, userKey, body), true);
    }
}
