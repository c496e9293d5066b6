package org.mentoring.program;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/relationships/{id}/after-program}: a member's choice to go on informally once the
 * mentorship's program closes, and the other member's. Members only (403 for others who may see the mentorship, 404
 * for the rest).
 */
@Path("/relationships/{id: [0-9]+}/after-program")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgramEndResource {
    private final ProgramEndService programEnd;
    private final CurrentUser currentUser;

    @Inject
    public ProgramEndResource(ProgramEndService programEnd, CurrentUser currentUser) {
        this.programEnd = programEnd;
        this.currentUser = currentUser;
    }

    /** The body of PUT: {@code {"continueInformally": true}}. */
    public record ChoiceBody(Boolean continueInformally) {
    }

    @GET
    public ProgramEndService.AfterProgram get(@Context HttpServletRequest request, @PathParam("id") long id) {
        return programEnd.state(Viewers.require(currentUser, request), id);
    }

    @PUT
    public ProgramEndService.AfterProgram choose(@Context HttpServletRequest request, @PathParam("id") long id, ChoiceBody body) {
        String viewer = Viewers.require(currentUser, request);
        if (body == null || body.continueInformally() == null) {
            new Problems().add("continueInformally", "mentoring.error.required").throwIfAny();
        }
        return programEnd.choose(viewer, id, body.continueInformally());
    }
}
