package org.mentoring.host.standalone;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.people.UserJson;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/admin/users}: the standalone host's people, and deactivating or reactivating one (what
 * an administrator does in Jira's or Confluence's user management). Administrators only; only the standalone host
 * serves it.
 */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class DirectoryUsersResource {
    static final int MAX_QUERY = 100;

    /** The body of {@code PUT …/{userKey}/active}. */
    public record ActiveInput(Boolean active) {
    }

    private final DirectoryAdministration administration;
    private final CurrentUser currentUser;

    public DirectoryUsersResource(DirectoryAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<UserJson> list(@Context HttpServletRequest request, @QueryParam("query") String query,
                                   @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        String q = problems.optionalText("query", query, MAX_QUERY);
        org.mentoring.paging.PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        return PageJson.of(administration.list(viewer, q, page), UserJson::of);
    }

    @PUT
    @Path("/{userKey}/active")
    public UserJson setActive(@Context HttpServletRequest request, @PathParam("userKey") String userKey, ActiveInput body) {
        String viewer = Viewers.require(currentUser, request);
        return UserJson.of(administration.setActive(viewer, userKey, body == null ? null : body.active()));
    }
}
