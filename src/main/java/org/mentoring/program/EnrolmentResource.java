package org.mentoring.program;

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
import java.util.List;
import java.util.Set;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.UserDirectory;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/programs/{id}/enrolments}: people enrol themselves and withdraw; the program's managers
 * and administrators list the enrolments and approve or decline them. A person reads their own enrolment; anyone
 * else's is the managers' only.
 */
@Path("/programs/{id: [0-9]+}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class EnrolmentResource {
    private final EnrolmentService enrolments;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Inject
    public EnrolmentResource(EnrolmentService enrolments, UserDirectory users, CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<EnrolmentJson.EnrolmentView> list(@Context HttpServletRequest request, @PathParam("id") long id,
                                                      @QueryParam("status") List<String> status, @QueryParam("role") String role,
                                                      @QueryParam("startAt") String startAt,
                                                      @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        var page = RequestParams.page(problems, startAt, maxResults);
        Set<EnrolmentStatus> statuses = RequestParams.enums(problems, "status", status, EnrolmentStatus.class);
        if (role != null && !role.equals("MENTOR") && !role.equals("MENTEE")) {
            problems.add("role", "mentoring.error.choice", "MENTOR, MENTEE");
        }
        problems.throwIfAny();
        return PageJson.of(enrolments.list(viewer, id, statuses, role, page), e -> EnrolmentJson.of(e, users));
    }

    @POST
    public Response enrol(@Context HttpServletRequest request, @Context UriInfo uriInfo, @PathParam("id") long id,
                          EnrolmentInput body) {
        Enrolment e = enrolments.enrol(Viewers.require(currentUser, request), id, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(e.userKey()).build())
                .entity(EnrolmentJson.of(e, users)).build();
    }

    @GET
    @Path("{userKey}")
    public EnrolmentJson.EnrolmentView get(@Context HttpServletRequest request, @PathParam("id") long id,
                                           @PathParam("userKey") String userKey) {
        return EnrolmentJson.of(enrolments.get(Viewers.require(currentUser, request), id, userKey), users);
    }

    /** Managers approve or decline; the person themself withdraws (their own key only). */
    @POST
    @Path("{userKey}/{move: approve|decline|withdraw}")
    public EnrolmentJson.EnrolmentView move(@Context HttpServletRequest request, @PathParam("id") long id,
                                            @PathParam("userKey") String userKey, @PathParam("move") String move) {
        String viewer = Viewers.require(currentUser, request);
        Enrolment e = switch (move) {
            case "withdraw" -> {
                if (!viewer.equals(userKey)) {
                    // Only the person leaves: for anyone else it is someone's enrolment they may see or not.
                    enrolments.get(viewer, id, userKey);
                    throw new org.mentoring.error.ForbiddenException(org.mentoring.error.Problem.of(null,
                            "mentoring.enrolment.withdraw.own"));
                }
                yield enrolments.withdraw(viewer, id);
            }
            case "approve" -> enrolments.decide(viewer, id, userKey, true);
            default -> enrolments.decide(viewer, id, userKey, false);
        };
        return EnrolmentJson.of(e, users);
    }
}
