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
import java.time.Instant;
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
 * {@code /rest/mentoring/1.0/programs/{id}/matching}: a program's manager matching — runs, the proposed pairs with
 * each score's terms, the unmatched mentees with the reason, pins and forbids, and publishing. Its managers and
 * administrators only; to anyone else the program does not exist.
 */
@Path("/programs/{id: [0-9]+}/matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MatchingResource {
    private final MatchingService matching;
    private final SkillCatalogue skills;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    @Inject
    public MatchingResource(MatchingService matching, SkillCatalogue skills, UserDirectory users, CurrentUser currentUser) {
        this.matching = matching;
        this.skills = skills;
        this.users = users;
        this.currentUser = currentUser;
    }

    public record RunView(int seq, UserJson ranBy, String ranAt, int matched, int unmatched, double totalScore, boolean published,
                          UserJson publishedBy, String publishedAt) {
    }

    public record MatchingView(RunView run) {
    }

    public record TermView(String name, double points) {
    }

    public record PairView(long id, UserJson mentee, UserJson mentor, double score, boolean pinned, List<TermView> terms,
                           List<String> matchedSkills, List<String> sharedLanguages, Integer hoursApart, Integer hoursPerMonth,
                           Long relationshipId, String problem, StandingView standing) {
    }

    /** Where a published pair's proposal stands: outcome (WAITING_FOR_BOTH, WAITING_FOR_MENTOR, …) and the relationship's status. */
    public record StandingView(String outcome, String status) {
    }

    public record UnmatchedView(long id, UserJson mentee, String reason, String reasonText) {
    }

    public record RuleView(long id, UserJson mentee, UserJson mentor, String kind) {
    }

    public record RuleBody(String menteeKey, String mentorKey, String kind) {
    }

    public record PublishBody(Integer run) {
    }

    public record PublishedView(RunView run, int proposed, List<PairView> failed) {
    }

    @GET
    public MatchingView get(@Context HttpServletRequest request, @PathParam("id") long id) {
        return new MatchingView(matching.latest(Viewers.require(currentUser, request), id).map(this::view).orElse(null));
    }

    @POST
    @Path("runs")
    public Response run(@Context HttpServletRequest request, @PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(view(matching.run(Viewers.require(currentUser, request), id))).build();
    }

    @GET
    @Path("pairs")
    public PageJson<PairView> pairs(@Context HttpServletRequest request, @PathParam("id") long id,
                                    @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        var page = matching.pairs(viewer, id, RequestParams.page(startAt, maxResults));
        Set<Long> ids = new HashSet<>();
        page.values().forEach(p -> {
            if (p.fit() != null) {
                ids.addAll(p.fit().matchedSkills());
            }
        });
        Map<Long, Skill> named = skills.byIds(ids);
        return PageJson.of(page, p -> view(p, named));
    }

    @GET
    @Path("unmatched")
    public PageJson<UnmatchedView> unmatched(@Context HttpServletRequest request, @PathParam("id") long id,
                                             @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return PageJson.of(matching.unmatched(viewer, id, RequestParams.page(startAt, maxResults)), u -> new UnmatchedView(u.id(),
                UserJson.lookup(users, u.menteeKey()), u.reason().name(), Messages.english(Problem.of(null,
                        "mentoring.matching.reason." + u.reason().name().toLowerCase(Locale.ROOT), u.detail() == null ? "" : u.detail()))));
    }

    @GET
    @Path("rules")
    public PageJson<RuleView> rules(@Context HttpServletRequest request, @PathParam("id") long id,
                                    @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        return PageJson.of(matching.rules(viewer, id, RequestParams.page(startAt, maxResults)), this::view);
    }

    /** Pins or forbids a pair for the next runs. */
    @PUT
    @Path("rules")
    public RuleView setRule(@Context HttpServletRequest request, @PathParam("id") long id, RuleBody body) {
        String viewer = Viewers.require(currentUser, request);
        RuleBody b = body == null ? new RuleBody(null, null, null) : body;
        return view(matching.setRule(viewer, id, b.menteeKey(), b.mentorKey(), b.kind()));
    }

    @DELETE
    @Path("rules/{ruleId: [0-9]+}")
    public Response removeRule(@Context HttpServletRequest request, @PathParam("id") long id, @PathParam("ruleId") long ruleId) {
        matching.removeRule(Viewers.require(currentUser, request), id, ruleId);
        return Response.noContent().build();
    }

    @POST
    @Path("publish")
    public PublishedView publish(@Context HttpServletRequest request, @PathParam("id") long id, PublishBody body) {
        String viewer = Viewers.require(currentUser, request);
        MatchingService.Published p = matching.publish(viewer, id, body == null ? null : body.run());
        return new PublishedView(view(p.run()), p.proposed(), p.failed().stream().map(f -> view(f, Map.of())).toList());
    }

    private RunView view(MatchingService.Run r) {
        return new RunView(r.seq(), UserJson.lookup(users, r.ranBy()), Instant.ofEpochMilli(r.ranAt()).toString(), r.matched(),
                r.unmatched(), r.totalScore(), r.publishedAt() != null, r.publishedBy() == null ? null : UserJson.lookup(users, r.publishedBy()),
                r.publishedAt() == null ? null : Instant.ofEpochMilli(r.publishedAt()).toString());
    }

    private PairView view(MatchingService.ProposedPair p, Map<Long, Skill> named) {
        FitScore.Fit fit = p.fit();
        return new PairView(p.id(), UserJson.lookup(users, p.menteeKey()), UserJson.lookup(users, p.mentorKey()), p.score(), p.pinned(),
                fit == null ? List.of() : fit.terms().stream().map(t -> new TermView(t.name(), t.points())).toList(),
                fit == null ? List.of() : fit.matchedSkills().stream().filter(named::containsKey).map(s -> named.get(s).name()).toList(),
                fit == null ? List.of() : fit.sharedLanguages().stream()
                        .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH)).toList(),
                fit == null ? null : fit.hoursApart(), fit == null ? null : fit.hoursPerMonth(), p.relationshipId(), p.problem(),
                p.standing() == null ? null : new StandingView(p.standing().outcome().name(), p.standing().status()));
    }

    private RuleView view(MatchingService.Rule r) {
        return new RuleView(r.id(), UserJson.lookup(users, r.menteeKey()), UserJson.lookup(users, r.mentorKey()), r.kind().name());
    }
}
