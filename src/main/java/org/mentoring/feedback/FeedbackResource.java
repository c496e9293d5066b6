package org.mentoring.feedback;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * Feedback over REST under {@code /feedback}. Signed-in users; the members read and write a relationship's
 * feedback, its program's managers read PROGRAM feedback once any blind round is revealed; anyone else gets 404.
 */
@Path("/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class FeedbackResource {
    public record RatingBody(String competency, Object score) {
    }

    public record FeedbackBody(Long relationshipId, Long roundId, String kind, String text, Long goalId, String pageId,
                               List<RatingBody> ratings, String visibility, Integer version) {
        static final FeedbackBody EMPTY = new FeedbackBody(null, null, null, null, null, null, null, null, null);

        FeedbackInput input() {
            return new FeedbackInput(kind, text, goalId, pageId, ratings == null ? null
                    : ratings.stream().map(r -> r == null ? null : new FeedbackInput.RatingInput(r.competency(), r.score())).toList(),
                    visibility);
        }
    }

    public record ReplyBody(String text) {
    }

    public record RoundBody(Long relationshipId, Integer days) {
    }

    private final FeedbackService feedback;
    private final FeedbackViews views;
    private final CurrentUser currentUser;

    @Inject
    public FeedbackResource(FeedbackService feedback, FeedbackViews views, CurrentUser currentUser) {
        this.feedback = feedback;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** A relationship's feedback ({@code relationshipId} required), optionally about one goal ({@code goalId}). */
    @GET
    public PageJson<FeedbackViews.FeedbackJson> list(@Context HttpServletRequest request, @QueryParam("relationshipId") String relationshipId,
                                                     @QueryParam("goalId") String goalId, @QueryParam("startAt") String startAt,
                                                     @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        Integer relationship = requiredRelationship(problems, relationshipId);
        Integer goal = RequestParams.integer(problems, "goalId", goalId);
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        Page<Feedback> result = feedback.ofRelationship(viewer, relationship, goal == null ? null : goal.longValue(), page).feedback();
        return PageJson.of(result, views::feedback);
    }

    @POST
    public Response give(@Context HttpServletRequest request, @Context UriInfo uri, FeedbackBody body) {
        String viewer = Viewers.require(currentUser, request);
        FeedbackBody b = body == null ? FeedbackBody.EMPTY : body;
        Problems problems = new Problems();
        if (b.relationshipId() == null) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        problems.throwIfAny();
        Feedback given = feedback.give(viewer, b.relationshipId(), b.input(), b.roundId());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(given.id())).build()).entity(views.feedback(given)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public FeedbackViews.FeedbackJson get(@Context HttpServletRequest request, @PathParam("id") long id) {
        return views.feedback(feedback.get(Viewers.require(currentUser, request), id));
    }

    /** Edits by the author within 24 hours of giving; {@code version} makes a stale edit a 409. */
    @PUT
    @Path("{id: [0-9]+}")
    public FeedbackViews.FeedbackJson edit(@Context HttpServletRequest request, @PathParam("id") long id, FeedbackBody body) {
        String viewer = Viewers.require(currentUser, request);
        FeedbackBody b = body == null ? FeedbackBody.EMPTY : body;
        Problems problems = new Problems();
        if (b.relationshipId() != null) {
            problems.add("relationshipId", "mentoring.feedback.edit.fixed");
        }
        if (b.roundId() != null) {
            problems.add("roundId", "mentoring.feedback.edit.fixed");
        }
        problems.throwIfAny();
        return views.feedback(feedback.edit(viewer, id, b.input(), b.version()));
    }

    @POST
    @Path("{id: [0-9]+}/acknowledge")
    public FeedbackViews.FeedbackJson acknowledge(@Context HttpServletRequest request, @PathParam("id") long id) {
        return views.feedback(feedback.acknowledge(Viewers.require(currentUser, request), id));
    }

    @GET
    @Path("{id: [0-9]+}/replies")
    public PageJson<FeedbackViews.ReplyJson> replies(@Context HttpServletRequest request, @PathParam("id") long id,
                                                     @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return PageJson.of(feedback.replies(viewer, id, RequestParams.page(startAt, maxResults)), views::reply);
    }

    @POST
    @Path("{id: [0-9]+}/replies")
    public Response reply(@Context HttpServletRequest request, @PathParam("id") long id, ReplyBody body) {
        String viewer = Viewers.require(currentUser, request);
        Reply reply = feedback.reply(viewer, id, body == null ? null : body.text());
        return Response.status(201).entity(views.reply(reply)).build();
    }

    @GET
    @Path("{id: [0-9]+}/versions")
    public PageJson<FeedbackViews.VersionJson> versions(@Context HttpServletRequest request, @PathParam("id") long id,
                                                        @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return PageJson.of(feedback.versions(viewer, id, RequestParams.page(startAt, maxResults)), views::version);
    }

    @POST
    @Path("rounds")
    public Response openRound(@Context HttpServletRequest request, @Context UriInfo uri, RoundBody body) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        if (body == null || body.relationshipId() == null) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        problems.throwIfAny();
        Round round = feedback.openRound(viewer, body.relationshipId(), body.days());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(round.id())).build()).entity(views.round(round)).build();
    }

    @GET
    @Path("rounds")
    public PageJson<FeedbackViews.RoundJson> rounds(@Context HttpServletRequest request, @QueryParam("relationshipId") String relationshipId,
                                                    @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        Integer relationship = requiredRelationship(problems, relationshipId);
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        return PageJson.of(feedback.rounds(viewer, relationship, page), views::round);
    }

    @GET
    @Path("rounds/{round: [0-9]+}")
    public FeedbackViews.RoundJson round(@Context HttpServletRequest request, @PathParam("round") long round) {
        return views.round(feedback.round(Viewers.require(currentUser, request), round));
    }

    /** Feedback and rounds are always read per relationship: the query names it. */
    private static Integer requiredRelationship(Problems problems, String relationshipId) {
        Integer relationship = RequestParams.integer(problems, "relationshipId", relationshipId);
        if (relationship == null && !problems.has("relationshipId")) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        return relationship;
    }
}
