package org.mentoring.people;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.UserDirectory;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/skills}: the catalogue, paged, for anyone signed in; administrators add, change and
 * remove entries and decide whether people may add free tags ({@code /skills/settings}).
 */
@Path("/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SkillResource {
    private final SkillCatalogue catalogue;
    private final PeopleSettings settings;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Inject
    public SkillResource(SkillCatalogue catalogue, PeopleSettings settings, UserDirectory users, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.users = users;
        this.currentUser = currentUser;
    }

    public record SettingsJson(Boolean freeTags) {
    }

    @GET
    public PageJson<Skill> list(@Context HttpServletRequest request, @QueryParam("tags") String tags,
                                @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        Viewers.require(currentUser, request);
        Problems problems = new Problems();
        boolean withTags = false;
        if (tags != null && !tags.isBlank()) {
            if (!tags.strip().equals("true") && !tags.strip().equals("false")) {
                problems.add("tags", "mentoring.error.choice", "true, false");
            }
            withTags = tags.strip().equals("true");
        }
        var page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        return PageJson.of(catalogue.list(page, withTags), s -> s);
    }

    @POST
    public Response create(@Context HttpServletRequest request, @Context UriInfo uriInfo, SkillInput body) {
        Skill created = catalogue.create(Viewers.require(currentUser, request), body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Skill get(@Context HttpServletRequest request, @PathParam("id") long id) {
        Viewers.require(currentUser, request);
        return catalogue.get(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    public Skill update(@Context HttpServletRequest request, @PathParam("id") long id, SkillInput body) {
        return catalogue.update(Viewers.require(currentUser, request), id, body);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@Context HttpServletRequest request, @PathParam("id") long id) {
        catalogue.delete(Viewers.require(currentUser, request), id);
        return Response.noContent().build();
    }

    @GET
    @Path("settings")
    public SettingsJson readSettings(@Context HttpServletRequest request) {
        Viewers.require(currentUser, request);
        return new SettingsJson(settings.freeTags());
    }

    @PUT
    @Path("settings")
    public SettingsJson writeSettings(@Context HttpServletRequest request, SettingsJson body) {
        String viewer = Viewers.require(currentUser, request);
        if (!users.isAdmin(viewer)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.skill.admin"));
        }
        if (body == null || body.freeTags() == null) {
            new Problems().add("freeTags", "mentoring.error.required").throwIfAny();
        }
        settings.setFreeTags(body.freeTags());
        return new SettingsJson(settings.freeTags());
    }
}
