package org.mentoring.people;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.PeopleSearch;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/** Finds people to propose a mentorship to: signed-in users only, active users only. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class UserPickerResource {
    static final int MAX = 20;

    private final PeopleSearch users;
    private final CurrentUser currentUser;

    @Inject
    public UserPickerResource(PeopleSearch users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    public List<UserJson> search(@Context HttpServletRequest request, @QueryParam("query") String query,
                                 @QueryParam("maxResults") String maxResults) {
        Viewers.require(currentUser, request);
        Problems problems = new Problems();
        String q = problems.requiredText("query", query, 100);
        Integer max = RequestParams.integer(problems, "maxResults", maxResults);
        if (max != null) {
            problems.checkRange("maxResults", max, 1, MAX);
        }
        problems.throwIfAny();
        return users.search(q, max == null ? 10 : max).stream().filter(p -> p.active()).map(UserJson::of).toList();
    }
}
