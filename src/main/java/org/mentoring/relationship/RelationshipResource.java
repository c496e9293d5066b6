package org.mentoring.relationship;

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
import java.util.Locale;
import java.util.Set;
import org.mentoring.access.Role;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipInputs.AgreementJson;
import org.mentoring.relationship.RelationshipInputs.MoveJson;
import org.mentoring.relationship.RelationshipInputs.ProposalJson;
import org.mentoring.relationship.RelationshipInputs.ReflectionJson;
import org.mentoring.relationship.RelationshipInputs.VersionJson;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/relationships}: signed-in, licensed users. What a caller may see and do is
 * decided by the core's access policy; things a caller may not know about are 404, never 403.
 */
@Path("/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RelationshipResource {
    private final RelationshipService relationships;
    private final AgreementService agreements;
    private final RelationshipViews views;
    private final CurrentUser currentUser;

    @Inject
    public RelationshipResource(RelationshipService relationships, AgreementService agreements,
                                RelationshipViews views, CurrentUser currentUser) {
        this.relationships = relationships;
        this.agreements = agreements;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<RelationshipJson> list(@Context HttpServletRequest request,
                                           @QueryParam("status") List<String> statuses,
                                           @QueryParam("role") String role,
                                           @QueryParam("startAt") String startAt,
                                           @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        Set<RelationshipStatus> wanted = RequestParams.enums(problems, "status", statuses, RelationshipStatus.class);
        Role roleFilter = null;
        if (role != null && !role.isBlank()) {
            String r = role.strip().toUpperCase(Locale.ROOT);
            if (r.equals("MENTOR") || r.equals("MENTEE")) {
                roleFilter = Role.valueOf(r);
            } else {
                problems.add("role", "mentoring.error.choice", "MENTOR, MENTEE");
            }
        }
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        return PageJson.of(relationships.listMine(viewer, new RelationshipFilter(wanted, roleFilter), page),
                r -> views.relationship(viewer, r));
    }

    @POST
    public Response propose(@Context HttpServletRequest request, @Context UriInfo uriInfo, ProposalJson body) {
        String viewer = Viewers.require(currentUser, request);
        ProposalJson proposal = body == null ? new ProposalJson(null, null, null, null, null) : body;
        Relationship created = relationships.propose(viewer, proposal.toProposal());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(views.relationship(viewer, created)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public RelationshipJson get(@Context HttpServletRequest request, @PathParam("id") long id) {
        String viewer = Viewers.require(currentUser, request);
        return views.relationship(viewer, relationships.view(viewer, id));
    }

    @POST
    @Path("{id: [0-9]+}/{move: accept|decline|withdraw|pause|resume|complete|end|keep-in-touch}")
    public RelationshipJson move(@Context HttpServletRequest request, @PathParam("id") long id,
                                 @PathParam("move") String move, MoveJson body) {
        String viewer = Viewers.require(currentUser, request);
        MoveRequest moveRequest = body == null ? MoveRequest.none() : body.toRequest();
        return views.relationship(viewer, relationships.move(viewer, id, Move.fromSlug(move), moveRequest));
    }

    @POST
    @Path("{id: [0-9]+}/reflection")
    public RelationshipJson reflect(@Context HttpServletRequest request, @PathParam("id") long id, ReflectionJson body) {
        String viewer = Viewers.require(currentUser, request);
        ReflectionJson reflection = body == null ? new ReflectionJson(null, null, null) : body;
        return views.relationship(viewer, relationships.reflect(viewer, id, reflection.note(), reflection.visibility(),
                reflection.version()));
    }

    @GET
    @Path("{id: [0-9]+}/history")
    public PageJson<RelationshipViews.HistoryView> history(@Context HttpServletRequest request, @PathParam("id") long id,
                                                           @QueryParam("startAt") String startAt,
                                                           @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        PageRequest page = RequestParams.page(startAt, maxResults);
        return PageJson.of(relationships.history(viewer, id, page), views::history);
    }

    /** 204 while no agreement has been written. */
    @GET
    @Path("{id: [0-9]+}/agreement")
    public Response agreement(@Context HttpServletRequest request, @PathParam("id") long id) {
        String viewer = Viewers.require(currentUser, request);
        return agreements.get(viewer, id).map(a -> Response.ok(views.agreement(a)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("{id: [0-9]+}/agreement")
    public RelationshipViews.AgreementView updateAgreement(@Context HttpServletRequest request, @PathParam("id") long id,
                                                           AgreementJson body) {
        String viewer = Viewers.require(currentUser, request);
        AgreementJson input = body == null ? new AgreementJson(null, null, null, null, null, null, null, null) : body;
        return views.agreement(agreements.update(viewer, id, input.toInput(), input.version()));
    }

    @POST
    @Path("{id: [0-9]+}/agreement/accept")
    public RelationshipViews.AgreementView acceptAgreement(@Context HttpServletRequest request, @PathParam("id") long id,
                                                           VersionJson body) {
        String viewer = Viewers.require(currentUser, request);
        return views.agreement(agreements.accept(viewer, id, body == null ? null : body.version()));
    }

    /** Unknown move names and non-numeric ids fall through to here: not found, as for anything unknown. */
    @POST
    @Path("{any: .+}")
    public Response unknownPost(@Context HttpServletRequest request) {
        Viewers.require(currentUser, request);
        throw new NotFoundException("resource");
    }

    @GET
    @Path("{any: .+}")
    public Response unknownGet(@Context HttpServletRequest request) {
        return unknownPost(request);
    }
}
