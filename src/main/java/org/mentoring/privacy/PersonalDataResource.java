package org.mentoring.privacy;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.Viewers;

/** {@code /rest/mentoring/1.0/me/export}: everything the app holds about the caller, as one JSON document to keep. */
@Path("/me/export")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PersonalDataResource {
    private final PersonalDataExport export;
    private final CurrentUser currentUser;

    @Inject
    public PersonalDataResource(PersonalDataExport export, CurrentUser currentUser) {
        this.export = export;
        this.currentUser = currentUser;
    }

    @GET
    public Response get(@Context HttpServletRequest request) {
        String viewer = Viewers.require(currentUser, request);
        return Response.ok(export.export(viewer))
                .header("Content-Disposition", "attachment; filename=\"mentoring-personal-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
