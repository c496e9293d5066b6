package org.mentoring.program;

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
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/programs/{id}/applications}: choosing in programs whose matching mode is
 * MENTEE_CHOOSES or MENTOR_CHOOSES (the ranked candidates are {@link CandidateResource}'s) — the viewer's applications (sent or received), applying, accepting, declining, withdrawing, and the program's limit on
 * open applications. Only the two people an application names read it; anyone outside the program finds nothing.
 */
@Path("/programs/{id: [0-9]+}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ApplicationResource {
    private final ApplicationService applications;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Inject
    public ApplicationResource(ApplicationService applications, UserDirectory users, CurrentUser currentUser) {
        this.applications = applications;
        this.users = users;
        this.currentUser = currentUser;
    }

    public record ApplicationView(long id, long programId, String mode, String role, UserJson applicant, UserJson chooser,
                                  UserJson mentor, UserJson mentee, String status, String reason, String note, String appliedAt,
                                  String decidedAt, Long relationshipId) {
    }

    public record AcceptedView(ApplicationView application, long relationshipId, int othersWithdrawn) {
    }

    public record ApplyBody(String chooserKey, String note) {
    }

    public record SettingsView(int maxApplications) {
    }

    public record SettingsBody(Integer maxApplications) {
    }

    /** The viewer's applications: {@code as=applicant} (sent), {@code chooser} (received) or both; {@code status} repeatable. */
    @GET
        public PageJson<ApplicationView> list(@Context HttpServletRequest request, @PathParam("id") long id, @QueryParam("as") String as,
                                          @QueryParam("status") List<String> status, @QueryParam("startAt") String startAt,
                                          @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        ApplicationStore.Side side = ApplicationStore.Side.EITHER;
        if (as != null && !as.isBlank()) {
            switch (as.strip().toLowerCase(Locale.ROOT)) {
                case "applicant" -> side = ApplicationStore.Side.APPLICANT;
                case "chooser" -> side = ApplicationStore.Side.CHOOSER;
                default -> problems.add("as", "mentoring.error.choice", "applicant, chooser");
            }
        }
        Set<ApplicationStatus> statuses = RequestParams.enums(problems, "status", status, ApplicationStatus.class);
        var page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        return PageJson.of(applications.list(viewer, id, side, statuses, page), a -> view(a, viewer));
    }

    @POST
        public Response apply(@Context HttpServletRequest request, @Context UriInfo uri, @PathParam("id") long id, ApplyBody body) {
        String viewer = Viewers.require(currentUser, request);
        ApplyBody b = body == null ? new ApplyBody(null, null) : body;
        Application a = applications.apply(viewer, id, b.chooserKey(), b.note());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build()).entity(view(a, viewer)).build();
    }

    @GET
    @Path("{applicationId: [0-9]+}")
    public ApplicationView get(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("applicationId") long applicationId) {
        String viewer = Viewers.require(currentUser, request);
        return view(applications.get(viewer, id, applicationId), viewer);
    }

    @POST
    @Path("{applicationId: [0-9]+}/accept")
    public AcceptedView accept(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("applicationId") long applicationId) {
        String viewer = Viewers.require(currentUser, request);
        ApplicationService.Accepted a = applications.accept(viewer, id, applicationId);
        return new AcceptedView(view(a.application(), viewer), a.relationship().id(), a.othersWithdrawn());
    }

    @POST
    @Path("{applicationId: [0-9]+}/decline")
    public ApplicationView decline(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("applicationId") long applicationId) {
        String viewer = Viewers.require(currentUser, request);
        return view(applications.decline(viewer, id, applicationId), viewer);
    }

    @POST
    @Path("{applicationId: [0-9]+}/withdraw")
    public ApplicationView withdraw(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("applicationId") long applicationId) {
        String viewer = Viewers.require(currentUser, request);
        return view(applications.withdraw(viewer, id, applicationId), viewer);
    }

    @GET
    @Path("settings")
    public SettingsView settings(@Context HttpServletRequest request, @PathParam("id") long id) {
        return new SettingsView(applications.maxApplications(Viewers.require(currentUser, request), id));
    }

    @PUT
    @Path("settings")
    public SettingsView setSettings(@Context HttpServletRequest request, @PathParam("id") long id, SettingsBody body) {
        String viewer = Viewers.require(currentUser, request);
        return new SettingsView(applications.setMaxApplications(viewer, id, body == null ? null : body.maxApplications()));
    }

    private ApplicationView view(Application a, String viewer) {
        return new ApplicationView(a.id(), a.programId(), a.mode().name(), viewer.equals(a.applicantKey()) ? "APPLICANT" : "CHOOSER",
                UserJson.lookup(users, a.applicantKey()), UserJson.lookup(users, a.chooserKey()), UserJson.lookup(users, a.mentorKey()),
                UserJson.lookup(users, a.menteeKey()), a.status().name(), a.reason(), a.note(), a.appliedAt().toString(),
                a.decidedAt() == null ? null : a.decidedAt().toString(), a.relationshipId());
    }
}
