package org.mentoring.goal;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * Goals over REST under {@code /goals}. Signed-in users; the members and their program's managers read
 * goals, members change them; anyone else gets 404.
 */
@Path("/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GoalResource {
    public record GoalBody(Long relationshipId, String title, String description, String successCriteria, String competencies, String targetDate,
                           String ownerKey, Integer version) {
        GoalInput input() {
            return new GoalInput(title, description, successCriteria, competencies, targetDate, ownerKey);
        }
    }

    public record TransitionBody(Integer id, String comment, String reason, Integer version) {
    }

    public record CheckInBody(Integer progress, String date, String note, String visibility) {
    }

    public record MilestoneBody(String title, Boolean done) {
    }

    public record EvidenceBody(String kind, String ref, String label) {
    }

    private final GoalService goals;
    private final GoalViews views;
    private final CurrentUser currentUser;

    @Inject
    public GoalResource(GoalService goals, GoalViews views, CurrentUser currentUser) {
        this.goals = goals;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The goals of one relationship ({@code relationshipId}), or of all the caller's relationships. */
    @GET
    public PageJson<GoalViews.GoalJson> list(@Context HttpServletRequest request, @QueryParam("relationshipId") String relationshipId,
                                             @QueryParam("status") List<String> statuses,
                                             @QueryParam("startAt") String startAt,
                                             @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        Set<GoalStatus> wanted = RequestParams.enums(problems, "status", statuses, GoalStatus.class);
        Integer relationship = RequestParams.integer(problems, "relationshipId", relationshipId);
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        if (relationship == null && !wanted.isEmpty()) {
            problems.add("status", "mentoring.goal.filter.relationship");
        }
        problems.throwIfAny();
        if (relationship == null) {
            org.mentoring.paging.Page<Goal> mine = goals.mine(viewer, page);
            return PageJson.of(mine, views.goals(mine.values()));
        }
        GoalService.RelationshipGoals result = goals.ofRelationship(viewer, relationship, wanted, page);
        return PageJson.of(result.goals(), views.goals(result.goals().values(), result.relationship().relationship()));
    }

    @POST
    public Response create(@Context HttpServletRequest request, @Context UriInfo uri, GoalBody body) {
        String viewer = Viewers.require(currentUser, request);
        GoalBody b = body == null ? new GoalBody(null, null, null, null, null, null, null, null) : body;
        Problems problems = new Problems();
        if (b.relationshipId() == null) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        problems.throwIfAny();
        Goal created = goals.create(viewer, b.relationshipId(), b.input());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(views.goal(created)).build();
    }

    @GET
    @Path("{goal: [0-9]+}")
    public GoalViews.GoalJson get(@Context HttpServletRequest request, @PathParam("goal") long goal) {
        return views.goal(goals.get(Viewers.require(currentUser, request), goal));
    }

    @PUT
    @Path("{goal: [0-9]+}")
    public GoalViews.GoalJson edit(@Context HttpServletRequest request, @PathParam("goal") long goal, GoalBody body) {
        GoalBody b = body == null ? new GoalBody(null, null, null, null, null, null, null, null) : body;
        return views.goal(goals.edit(Viewers.require(currentUser, request), goal, b.input(), b.version()));
    }

    @GET
    @Path("{goal: [0-9]+}/transitions")
    public List<GoalService.Transition> transitions(@Context HttpServletRequest request, @PathParam("goal") long goal) {
        return goals.transitions(Viewers.require(currentUser, request), goal);
    }

    @POST
    @Path("{goal: [0-9]+}/transitions")
    public GoalViews.GoalJson transition(@Context HttpServletRequest request, @PathParam("goal") long goal, TransitionBody body) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        if (body == null || body.id() == null) {
            problems.add("id", "mentoring.error.required");
        }
        problems.throwIfAny();
        Map<String, String> input = new HashMap<>();
        if (body.comment() != null) {
            input.put("comment", body.comment());
        }
        if (body.reason() != null) {
            input.put("reason", body.reason());
        }
        return views.goal(goals.transition(viewer, goal, body.id(), input, body.version()));
    }

    @GET
    @Path("{goal: [0-9]+}/check-ins")
    public List<GoalViews.CheckInJson> checkIns(@Context HttpServletRequest request, @PathParam("goal") long goal,
                                                @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        return views.checkIns(goals.checkIns(Viewers.require(currentUser, request), goal, RequestParams.page(startAt, maxResults)));
    }

    @POST
    @Path("{goal: [0-9]+}/check-ins")
    public GoalViews.GoalJson checkIn(@Context HttpServletRequest request, @PathParam("goal") long goal, CheckInBody body) {
        CheckInBody b = body == null ? new CheckInBody(null, null, null, null) : body;
        return views.goal(goals.checkIn(Viewers.require(currentUser, request), goal, b.progress(), b.date(), b.note(), b.visibility()));
    }

    @GET
    @Path("{goal: [0-9]+}/milestones")
    public List<Milestone> milestones(@Context HttpServletRequest request, @PathParam("goal") long goal) {
        return goals.milestones(Viewers.require(currentUser, request), goal);
    }

    @POST
    @Path("{goal: [0-9]+}/milestones")
    public Response addMilestone(@Context HttpServletRequest request, @PathParam("goal") long goal, MilestoneBody body) {
        Milestone m = goals.addMilestone(Viewers.require(currentUser, request), goal, body == null ? null : body.title());
        return Response.status(201).entity(m).build();
    }

    @PUT
    @Path("{goal: [0-9]+}/milestones/{milestone: [0-9]+}")
    public Milestone setMilestone(@Context HttpServletRequest request, @PathParam("goal") long goal,
                                  @PathParam("milestone") long milestone, MilestoneBody body) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        if (body == null || body.done() == null) {
            problems.add("done", "mentoring.error.required");
        }
        problems.throwIfAny();
        return goals.setMilestoneDone(viewer, goal, milestone, body.done());
    }

    @DELETE
    @Path("{goal: [0-9]+}/milestones/{milestone: [0-9]+}")
    public Response removeMilestone(@Context HttpServletRequest request, @PathParam("goal") long goal,
                                    @PathParam("milestone") long milestone) {
        goals.removeMilestone(Viewers.require(currentUser, request), goal, milestone);
        return Response.noContent().build();
    }

    @GET
    @Path("{goal: [0-9]+}/evidence")
    public List<Evidence> evidence(@Context HttpServletRequest request, @PathParam("goal") long goal) {
        return goals.evidence(Viewers.require(currentUser, request), goal);
    }

    @POST
    @Path("{goal: [0-9]+}/evidence")
    public Response addEvidence(@Context HttpServletRequest request, @PathParam("goal") long goal, EvidenceBody body) {
        EvidenceBody b = body == null ? new EvidenceBody(null, null, null) : body;
        return Response.status(201).entity(goals.addEvidence(Viewers.require(currentUser, request), goal, b.kind(), b.ref(), b.label())).build();
    }
}
