package org.mentoring.network;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * Introductions over REST under {@code /introductions}. Signed-in users; a relationship's members ask and answer,
 * the introduced person answers theirs; anyone else — program managers and administrators included — gets 404.
 */
@Path("/introductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IntroductionResource {
    public record AskBody(Long relationshipId, String wantedKey, String wantedText, String purpose) {
    }

    public record MoveBody(String introducedKey, String note, Integer version) {
    }

    private final IntroductionService introductions;
    private final IntroductionViews views;
    private final CurrentUser currentUser;

    @Inject
    public IntroductionResource(IntroductionService introductions, IntroductionViews views, CurrentUser currentUser) {
        this.introductions = introductions;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** One relationship's introductions ({@code relationshipId}, required), the most recently changed first. */
    @GET
    public PageJson<IntroductionViews.IntroductionJson> list(@Context HttpServletRequest request, @QueryParam("relationshipId") String relationshipId,
                                                             @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        Integer relationship = RequestParams.integer(problems, "relationshipId", relationshipId);
        if (relationship == null && !problems.has("relationshipId")) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        return json(introductions.ofRelationship(viewer, relationship, page));
    }

    /** Introductions waiting for the caller's answer (as the person introduced). */
    @GET
    @Path("waiting")
    public PageJson<IntroductionViews.IntroductionJson> waiting(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                                                @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return json(introductions.waitingFor(viewer, RequestParams.page(startAt, maxResults)));
    }

    /** The caller's network: accepted introductions they asked for or were introduced in. */
    @GET
    @Path("network")
    public PageJson<IntroductionViews.IntroductionJson> network(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                                                @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return json(introductions.networkOf(viewer, RequestParams.page(startAt, maxResults)));
    }

    /** The introductions the caller made for others. */
    @GET
    @Path("made")
    public PageJson<IntroductionViews.IntroductionJson> made(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                                             @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return json(introductions.madeBy(viewer, RequestParams.page(startAt, maxResults)));
    }

    @POST
    public Response ask(@Context HttpServletRequest request, @Context UriInfo uri, AskBody body) {
        String viewer = Viewers.require(currentUser, request);
        AskBody b = body == null ? new AskBody(null, null, null, null) : body;
        Problems problems = new Problems();
        if (b.relationshipId() == null) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        problems.throwIfAny();
        Introduction asked = introductions.ask(viewer, b.relationshipId(), new IntroductionInput(b.wantedKey(), b.wantedText(), b.purpose()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(asked.id())).build())
                .entity(views.introduction(asked)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public IntroductionViews.IntroductionJson get(@Context HttpServletRequest request, @PathParam("id") long id) {
        return views.introduction(introductions.get(Viewers.require(currentUser, request), id));
    }

    /** {@code introduce} (with introducedKey and note), {@code decline}, {@code accept}, {@code withdraw}. */
    @POST
    @Path("{id: [0-9]+}/{move}")
    public IntroductionViews.IntroductionJson move(@Context HttpServletRequest request, @PathParam("id") long id,
                                                   @PathParam("move") String move, MoveBody body) {
        String viewer = Viewers.require(currentUser, request);
        IntroductionMove m = IntroductionMove.fromPath(move).orElseThrow(() -> new NotFoundException("move"));
        MoveBody b = body == null ? new MoveBody(null, null, null) : body;
        return views.introduction(introductions.move(viewer, id, m, b.introducedKey(), b.note(), b.version()));
    }

    private PageJson<IntroductionViews.IntroductionJson> json(Page<Introduction> page) {
        return PageJson.of(page, views::introduction);
    }
}
