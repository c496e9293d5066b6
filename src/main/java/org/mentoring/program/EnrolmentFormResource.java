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
import java.util.List;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.ProfileViews;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/programs/{id}/enrolment-form}: the program as someone enrolling sees it, its questions,
 * their enrolment (or null) and what their mentoring profile fills in; administrators replace the questions (PUT).
 * An open or running program's form is there for anyone signed in; otherwise for its managers and administrators.
 */
@Path("/programs/{id: [0-9]+}/enrolment-form")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class EnrolmentFormResource {
    private final EnrolmentForms forms;
    private final EnrolmentService enrolments;
    private final ProfileViews profileViews;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Inject
    public EnrolmentFormResource(EnrolmentForms forms, EnrolmentService enrolments, ProfileViews profileViews,
                                 UserDirectory users, CurrentUser currentUser) {
        this.forms = forms;
        this.enrolments = enrolments;
        this.profileViews = profileViews;
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    public EnrolmentJson.FormView get(@Context HttpServletRequest request, @PathParam("id") long id) {
        String viewer = Viewers.require(currentUser, request);
        EnrolmentForms.Form f = forms.form(viewer, id);
        return new EnrolmentJson.FormView(EnrolmentJson.summary(f.program()), f.questions().stream().map(EnrolmentJson::of).toList(),
                f.enrolment().map(e -> EnrolmentJson.of(e, users)).orElse(null), profileViews.view(f.profile(), true), f.prefill());
    }

    @PUT
    public List<EnrolmentJson.QuestionView> questions(@Context HttpServletRequest request, @PathParam("id") long id,
                                                      EnrolmentJson.QuestionsBody body) {
        String viewer = Viewers.require(currentUser, request);
        return enrolments.setQuestions(viewer, id, body == null ? null : body.questions()).stream().map(EnrolmentJson::of).toList();
    }
}
