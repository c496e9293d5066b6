package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentoring.error.DomainException;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.i18n.Messages;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.RequestParams;
import org.mentoring.people.FitScore;
import org.mentoring.program.Application;
import org.mentoring.program.ApplicationService;
import org.mentoring.program.ApplicationStatus;
import org.mentoring.program.ApplicationStore;
import org.mentoring.program.MatchingMode;
import org.mentoring.program.Program;

/**
 * "Choose a mentor" / "Choose a mentee" (/plugins/servlet/mentoring/program-choose?id=…&startAt=…): for an approved
 * applicant of a program where people choose, the candidates ranked by fit with each score's terms (full ones shown
 * so), the viewer's own applications, apply (with a note) and withdraw. Someone else in the program reads why they do
 * not choose here; anyone outside it finds nothing. The actions go through the REST API (choosing.js).
 */
@LicensedOnly
public class ProgramChooseServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 10;
    static final int MINE = 20;
    /** What choosing.js reports after reloading ({@code ?done=…}). */
    static final Set<String> DONE = Set.of("applied", "withdrawn", "accepted", "declined");

    private final transient ApplicationService applications;
    private final transient UserDirectory users;

    public ProgramChooseServlet(ApplicationService applications, UserDirectory users, PageResponder pages) {
        super(pages);
        this.applications = applications;
        this.users = users;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        long id = Long.parseLong(String.valueOf(req.getParameter("id")));
        Program p = applications.program(viewer, id);
        context.put("program", Map.of("id", p.id(), "name", p.name()));
        boolean menteeApplies = p.matching() != MatchingMode.MENTOR_CHOOSES;
        context.put("forMentor", menteeApplies);
        context.put("doneKey", done(req.getParameter("done")));
        PageRequest asked = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE);
        int startAt = asked.startAt();
        try {
            Page<ApplicationService.Candidate> page = applications.candidates(viewer, id, asked);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ApplicationService.Candidate c : page.values()) {
                rows.add(candidate(c, menteeApplies));
            }
            context.put("candidates", rows);
            context.put("total", page.total());
            context.put("from", page.values().isEmpty() ? 0 : startAt + 1);
            context.put("to", startAt + page.values().size());
            context.put("previous", startAt > 0 ? Integer.valueOf(Math.max(0, startAt - PAGE)) : null);
            context.put("next", page.isLast() ? null : Integer.valueOf(startAt + PAGE));
            context.put("maxApplications", applications.maxApplications(viewer, id));
            List<Map<String, Object>> mine = new ArrayList<>();
            for (Application a : applications.list(viewer, id, ApplicationStore.Side.APPLICANT, Set.of(), PageRequest.first(MINE)).values()) {
                mine.add(ProgramApplicationsServlet.row(a, a.chooserKey(), users));
            }
            context.put("mine", mine);
            context.put("openCount", mine.stream().filter(m -> ApplicationStatus.OPEN.name().equals(m.get("status"))).count());
        } catch (DomainException refused) {
            // In the program, but not one who chooses here (a manager, a mentor where mentees choose, a program its manager matches).
            context.put("refusedText", Messages.english(refused.problems().get(0)));
        }
        return "templates/program-choose.vm";
    }

    /** A candidate as the page shows it; where mentors choose, "full" is the viewer's own room, not the candidate's. */
    private Map<String, Object> candidate(ApplicationService.Candidate c, boolean menteeApplies) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.userKey());
        m.put("name", users.find(c.userKey()).map(Person::displayName).orElse(c.userKey()));
        FitScore.Fit fit = c.fit();
        m.put("score", String.format(Locale.ROOT, "%.1f", fit.total()));
        List<Map<String, Object>> terms = new ArrayList<>();
        for (FitScore.Term t : fit.terms()) {
            terms.add(Map.of("name", t.name(), "points", String.format(Locale.ROOT, "%.1f", t.points())));
        }
        m.put("terms", terms);
        m.put("languages", String.join(", ", fit.sharedLanguages().stream()
                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(Locale.ENGLISH)).toList()));
        m.put("room", c.room() == null ? "" : c.room().toString());
        boolean full = "FULL".equals(c.refusal());
        m.put("full", full && menteeApplies);
        m.put("refusal", c.refusal() == null ? "" : full && !menteeApplies ? "full_self" : c.refusal().toLowerCase(Locale.ROOT));
        Application a = c.application();
        boolean open = a != null && a.status() == ApplicationStatus.OPEN;
        m.put("applied", open ? a.id() : null);
        m.put("lastStatus", a == null || open || c.refusal() != null ? "" : a.status().name());
        m.put("mayApply", c.refusal() == null && !open);
        return m;
    }

    static String done(String done) {
        return done != null && DONE.contains(done) ? "mentoring.choose.done." + done : null;
    }
}
