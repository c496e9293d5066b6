package org.mentoring.program;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentoring.error.Problem;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.UserDirectory;
import org.mentoring.i18n.Messages;
import org.mentoring.people.FitScore;
import org.mentoring.people.Skill;
import org.mentoring.people.SkillCatalogue;
import org.mentoring.people.UserJson;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/programs/{id}/candidates}: for an approved applicant of a program where people choose,
 * the other side ranked by the program's fit score, each score's terms, room (a mentor with none shows full), why a
 * pair may not be chosen now, and the viewer's own application to each.
 */
@Path("/programs/{id: [0-9]+}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CandidateResource {
    private final ApplicationService applications;
    private final SkillCatalogue skills;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Inject
    public CandidateResource(ApplicationService applications, SkillCatalogue skills, UserDirectory users, CurrentUser currentUser) {
        this.applications = applications;
        this.skills = skills;
        this.users = users;
        this.currentUser = currentUser;
    }

    public record TermView(String name, double points) {
    }

    public record MineView(long id, String status) {
    }

    public record CandidateView(UserJson user, double score, List<TermView> terms, List<String> matchedSkills,
                                List<String> sharedLanguages, Integer hoursApart, Integer hoursPerMonth, Integer room, boolean full,
                                String refusal, String refusalText, MineView application) {
    }

    @GET
    public PageJson<CandidateView> candidates(@Context HttpServletRequest request, @PathParam("id") long id,
                                              @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        var page = applications.candidates(viewer, id, RequestParams.page(startAt, maxResults));
        Set<Long> ids = new HashSet<>();
        page.values().forEach(c -> ids.addAll(c.fit().matchedSkills()));
        Map<Long, Skill> named = skills.byIds(ids);
        return PageJson.of(page, c -> view(c, named));
    }

    private CandidateView view(ApplicationService.Candidate c, Map<Long, Skill> named) {
        FitScore.Fit fit = c.fit();
        return new CandidateView(UserJson.lookup(users, c.userKey()), fit.total(),
                fit.terms().stream().map(t -> new TermView(t.name(), t.points())).toList(),
                fit.matchedSkills().stream().filter(named::containsKey).map(s -> named.get(s).name()).toList(),
                fit.sharedLanguages().stream().map(l -> Locale.forLanguageTag(l).getDisplayLanguage(Locale.ENGLISH)).toList(),
                fit.hoursApart(), fit.hoursPerMonth(), c.room(), c.room() != null && "FULL".equals(c.refusal()), c.refusal(),
                c.refusal() == null ? null : Messages.english(Problem.of(null,
                        "mentoring.application.refusal." + c.refusal().toLowerCase(Locale.ROOT))),
                c.application() == null ? null : new MineView(c.application().id(), c.application().status().name()));
    }

}
