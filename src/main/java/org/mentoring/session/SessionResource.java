package org.mentoring.session;

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
import java.net.URI;
import java.util.List;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * The session log over REST under {@code /sessions}. Signed-in users; the relationship's members read and
 * write it; anyone else gets 404 (program managers and administrators included: it is pair content).
 */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SessionResource {
    public record ItemBody(String text, String ownerKey, String dueOn, Boolean done, Integer version) {
        ActionItemInput input() {
            return new ActionItemInput(text, ownerKey, dueOn, done);
        }
    }

    public record CreateBody(Long relationshipId, String heldOn, Integer durationMinutes, String topics, String sharedNotes,
                             String nextMeetingOn, String privateNote, List<ItemBody> actionItems) {
    }

    public record EditBody(String heldOn, Integer durationMinutes, String topics, String sharedNotes, String nextMeetingOn,
                           Integer version) {
    }

    public record NoteBody(String text) {
    }

    public record MilestoneBody(Long goalId) {
    }

    private static final CreateBody NO_BODY = new CreateBody(null, null, null, null, null, null, null, null);

    private final SessionService sessions;
    private final SessionViews views;
    private final CurrentUser currentUser;

    @Inject
    public SessionResource(SessionService sessions, SessionViews views, CurrentUser currentUser) {
        this.sessions = sessions;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** One relationship's sessions ({@code relationshipId}, required), the most recently held first. */
    @GET
    public PageJson<SessionViews.SessionJson> list(@Context HttpServletRequest request, @QueryParam("relationshipId") String relationshipId,
                                                   @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        Integer relationship = RequestParams.integer(problems, "relationshipId", relationshipId);
        if (relationship == null && !problems.has("relationshipId")) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        SessionService.RelationshipSessions result = sessions.ofRelationship(viewer, relationship, page);
        return PageJson.of(result.sessions(), views::session);
    }

    @POST
    public Response create(@Context HttpServletRequest request, @Context UriInfo uri, CreateBody body) {
        String viewer = Viewers.require(currentUser, request);
        CreateBody b = body == null ? NO_BODY : body;
        Problems problems = new Problems();
        if (b.relationshipId() == null) {
            problems.add("relationshipId", "mentoring.error.required");
        }
        problems.throwIfAny();
        List<ActionItemInput> items = b.actionItems() == null ? List.of()
                : b.actionItems().stream().map(i -> i == null ? null : i.input()).toList();
        Session created = sessions.create(viewer, b.relationshipId(),
                new SessionInput(b.heldOn(), b.durationMinutes(), b.topics(), b.sharedNotes(), b.nextMeetingOn()), b.privateNote(), items);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(views.session(created)).build();
    }

    @GET
    @Path("{session: [0-9]+}")
    public SessionViews.SessionJson get(@Context HttpServletRequest request, @PathParam("session") long session) {
        return views.session(sessions.get(Viewers.require(currentUser, request), session));
    }

    @PUT
    @Path("{session: [0-9]+}")
    public SessionViews.SessionJson edit(@Context HttpServletRequest request, @PathParam("session") long session, EditBody body) {
        String viewer = Viewers.require(currentUser, request);
        EditBody b = body == null ? new EditBody(null, null, null, null, null, null) : body;
        return views.session(sessions.edit(viewer, session,
                new SessionInput(b.heldOn(), b.durationMinutes(), b.topics(), b.sharedNotes(), b.nextMeetingOn()), b.version()));
    }

    /** The caller's own private note on a session (only they will ever read it). */
    @PUT
    @Path("{session: [0-9]+}/private-note")
    public SessionViews.SessionJson setPrivateNote(@Context HttpServletRequest request, @PathParam("session") long session, NoteBody body) {
        String viewer = Viewers.require(currentUser, request);
        return views.session(sessions.setPrivateNote(viewer, session, body == null ? null : body.text()));
    }

    @DELETE
    @Path("{session: [0-9]+}/private-note")
    public Response removePrivateNote(@Context HttpServletRequest request, @PathParam("session") long session) {
        sessions.removePrivateNote(Viewers.require(currentUser, request), session);
        return Response.noContent().build();
    }

    @POST
    @Path("{session: [0-9]+}/action-items")
    public Response addItem(@Context HttpServletRequest request, @PathParam("session") long session, ItemBody body) {
        String viewer = Viewers.require(currentUser, request);
        ItemBody b = body == null ? new ItemBody(null, null, null, null, null) : body;
        return Response.status(201).entity(views.item(sessions.addItem(viewer, session, b.input()))).build();
    }

    /** Changes the fields given; {@code {"done": true}} ticks an item off. */
    @PUT
    @Path("{session: [0-9]+}/action-items/{item: [0-9]+}")
    public SessionViews.ActionItemJson editItem(@Context HttpServletRequest request, @PathParam("session") long session,
                                                @PathParam("item") long item, ItemBody body) {
        String viewer = Viewers.require(currentUser, request);
        ItemBody b = body == null ? new ItemBody(null, null, null, null, null) : body;
        return views.item(sessions.editItem(viewer, session, item, b.input(), b.version()));
    }

    /** Makes the item a goal: 201, {@code Location} of the goal, the item (remembering the goal) as the body. */
    @POST
    @Path("{session: [0-9]+}/action-items/{item: [0-9]+}/goal")
    public Response toGoal(@Context HttpServletRequest request, @Context UriInfo uri, @PathParam("session") long session,
                           @PathParam("item") long item) {
        SessionService.Converted converted = sessions.toGoal(Viewers.require(currentUser, request), session, item);
        URI goal = uri.getBaseUriBuilder().path("goals").path(Long.toString(converted.goal().id())).build();
        return Response.created(goal).entity(views.item(converted.item())).build();
    }

    @POST
    @Path("{session: [0-9]+}/action-items/{item: [0-9]+}/milestone")
    public Response toMilestone(@Context HttpServletRequest request, @PathParam("session") long session, @PathParam("item") long item,
                                MilestoneBody body) {
        String viewer = Viewers.require(currentUser, request);
        return Response.status(201).entity(views.item(sessions.toMilestone(viewer, session, item, body == null ? null : body.goalId())))
                .build();
    }
}
