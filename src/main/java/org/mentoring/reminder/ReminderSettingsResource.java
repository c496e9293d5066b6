package org.mentoring.reminder;

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
import java.util.Map;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/admin/reminders}: reminder timings in days. Everyone's: administrators (others 403).
 * A program's ({@code /programs/{id}}): read by those who may see the program, changed by those who may edit it;
 * a null value there removes the program's own timing.
 */
@Path("/admin/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ReminderSettingsResource {
    private final ReminderAdministration administration;
    private final CurrentUser currentUser;

    @Inject
    public ReminderSettingsResource(ReminderAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    @GET
    public ReminderAdministration.TimingsView get(@Context HttpServletRequest request) {
        return administration.view(Viewers.require(currentUser, request));
    }

    /** Body: {@code {"proposalWaitingDays": 5}}; what is not named stays. */
    @PUT
    public ReminderAdministration.TimingsView put(@Context HttpServletRequest request, Map<String, Integer> body) {
        String viewer = Viewers.require(currentUser, request);
        return administration.update(viewer, required(body));
    }

    @GET
    @Path("programs/{id: [0-9]+}")
    public ReminderAdministration.ProgramTimingsView program(@Context HttpServletRequest request, @PathParam("id") long id) {
        return administration.program(Viewers.require(currentUser, request), id);
    }

    @PUT
    @Path("programs/{id: [0-9]+}")
    public ReminderAdministration.ProgramTimingsView putProgram(@Context HttpServletRequest request, @PathParam("id") long id,
                                                                Map<String, Integer> body) {
        String viewer = Viewers.require(currentUser, request);
        return administration.updateProgram(viewer, id, required(body));
    }

    private static Map<String, Integer> required(Map<String, Integer> body) {
        if (body == null) {
            new Problems().add("proposalWaitingDays", "mentoring.error.required").throwIfAny();
        }
        return body;
    }
}
