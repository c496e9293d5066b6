package org.mentoring.program;

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
import java.util.Locale;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/programs}: formal programs. Administrators see and change every program and appoint
 * managers; a program's managers see it and move it through its lifecycle; to anyone else it does not exist.
 */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgramResource {
    private final ProgramService programs;
    private final CurrentUser currentUser;

    @Inject
    public ProgramResource(ProgramService programs, CurrentUser currentUser) {
        this.programs = programs;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<ProgramJson.ProgramView> list(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                                  @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        var page = RequestParams.page(startAt, maxResults);
        return PageJson.of(programs.list(viewer, page), ProgramJson::of);
    }

    @POST
    public Response create(@Context HttpServletRequest request, @Context UriInfo uriInfo, ProgramInput body) {
        Program created = programs.create(Viewers.require(currentUser, request), body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(ProgramJson.of(created)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public ProgramJson.ProgramView get(@Context HttpServletRequest request, @PathParam("id") long id) {
        return ProgramJson.of(programs.get(Viewers.require(currentUser, request), id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    public ProgramJson.ProgramView update(@Context HttpServletRequest request, @PathParam("id") long id, ProgramInput body) {
        return ProgramJson.of(programs.update(Viewers.require(currentUser, request), id, body));
    }

    @POST
    @Path("{id: [0-9]+}/{move: open|start|close}")
    public ProgramJson.ProgramView move(@Context HttpServletRequest request, @PathParam("id") long id,
                                        @PathParam("move") String move, ProgramJson.MoveBody body) {
        String viewer = Viewers.require(currentUser, request);
        if (body == null || body.version() == null) {
            new Problems().add("version", "mentoring.error.required").throwIfAny();
        }
        return ProgramJson.of(programs.move(viewer, id, ProgramMove.valueOf(move.toUpperCase(Locale.ROOT)), body.version(),
                body.note()));
    }

    @GET
    @Path("{id: [0-9]+}/history")
    public PageJson<ProgramJson.HistoryView> history(@Context HttpServletRequest request, @PathParam("id") long id,
                                                     @QueryParam("startAt") String startAt,
                                                     @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        var page = RequestParams.page(startAt, maxResults);
        return PageJson.of(programs.history(viewer, id, page), ProgramJson::of);
    }

    @GET
    @Path("{id: [0-9]+}/managers")
    public PageJson<ProgramJson.ManagerView> managers(@Context HttpServletRequest request, @PathParam("id") long id,
                                                      @QueryParam("startAt") String startAt,
                                                      @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        var page = RequestParams.page(startAt, maxResults);
        return PageJson.of(programs.managers(viewer, id, page), ProgramJson::of);
    }

    @PUT
    @Path("{id: [0-9]+}/managers/{userKey}")
    public Response appoint(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("userKey") String userKey) {
        programs.appoint(Viewers.require(currentUser, request), id, userKey);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]+}/managers/{userKey}")
    public Response remove(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("userKey") String userKey) {
        programs.remove(Viewers.require(currentUser, request), id, userKey);
        return Response.noContent().build();
    }
}
