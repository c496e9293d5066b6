package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.host.Person;
import org.mentoring.host.UserDirectory;
import org.mentoring.i18n.Messages;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.FitScore;
import org.mentoring.people.Skill;
import org.mentoring.people.SkillCatalogue;
import org.mentoring.program.MatchingMode;
import org.mentoring.program.MatchingService;
import org.mentoring.program.Program;
import org.mentoring.program.ProgramStatus;

/**
 * A program's manager matching (/plugins/servlet/mentoring/program-matching?id=…): the latest run's proposed pairs,
 * each score with its named terms, the people left unmatched with the reason, the pins and forbids, and the buttons
 * that run, pin, forbid and publish (matching.js, through the REST API; the page then says what happened). For the
 * program's managers and administrators (the matching service asks the access policy); "not found" for anyone else.
 * Each list is one page at a time.
 */
@LicensedOnly
public class ProgramMatchingServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;
    /** What the page may say it did (?done=…). */
    private static final Set<String> DONE = Set.of("ran", "pinned", "forbidden", "removed", "published");

    private final transient MatchingService matching;
    private final transient SkillCatalogue skills;
    private final transient UserDirectory users;

    public ProgramMatchingServlet(MatchingService matching, SkillCatalogue skills, UserDirectory users, PageResponder pages) {
        super(pages);
        this.matching = matching;
        this.skills = skills;
        this.users = users;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        long id = Long.parseLong(String.valueOf(req.getParameter("id")));
        MatchingService.Overview overview;
        try {
            overview = matching.overview(viewer, id, page(req, "pairsAt"), page(req, "unmatchedAt"), page(req, "rulesAt"));
        } catch (ForbiddenException e) {
            throw new NotFoundException("program"); // matching is its managers' work: anyone else finds no page
        }
        Program p = overview.program();
        context.put("program", ProgramRows.row(p));
        boolean managerMode = p.matching() == MatchingMode.MANAGER;
        boolean matchingOpen = p.status() == ProgramStatus.OPEN || p.status() == ProgramStatus.RUNNING;
        context.put("managerMode", managerMode);
        context.put("matchingOpen", matchingOpen);
        context.put("mayRun", managerMode && matchingOpen);
        context.put("modeKey", "mentoring.matching.page.mode." + p.matching().name().toLowerCase(Locale.ROOT));
        context.put("statusKey", "mentoring.programs.status." + p.status().name());
        String done = req.getParameter("done");
        if (done != null && DONE.contains(done)) {
            context.put("doneKey", "mentoring.matching.page.done." + done);
            context.put("doneProposed", number(req.getParameter("proposed")));
            context.put("doneFailed", number(req.getParameter("failed")));
        }

        Optional<MatchingService.Run> run = overview.run();
        context.put("run", run.map(this::run).orElse(null));
        boolean published = run.isPresent() && run.get().publishedAt() != null;
        context.put("mayPublish", run.isPresent() && !published && managerMode && matchingOpen);
        context.put("mayChangeRules", managerMode && matchingOpen);

        Page<MatchingService.ProposedPair> pairs = overview.pairs();
        Set<Long> skillIds = new HashSet<>();
        pairs.values().forEach(x -> skillIds.addAll(x.fit().matchedSkills()));
        Map<Long, Skill> named = skillIds.isEmpty() ? Map.of() : skills.byIds(skillIds);
        List<Map<String, Object>> pairRows = new ArrayList<>();
        for (MatchingService.ProposedPair x : pairs.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", x.id());
            m.put("menteeKey", x.menteeKey());
            m.put("menteeName", name(x.menteeKey()));
            m.put("mentorKey", x.mentorKey());
            m.put("mentorName", name(x.mentorKey()));
            m.put("score", String.format(Locale.ROOT, "%.1f", x.score()));
            m.put("pinned", x.pinned());
            FitScore.Fit fit = x.fit();
            m.put("terms", fit.terms().stream().map(t -> Map.of("name", t.name(),
                    "points", String.format(Locale.ROOT, "%.1f", t.points()))).toList());
            m.put("skills", fit.matchedSkills().stream().filter(named::containsKey).map(s -> named.get(s).name()).toList());
            m.put("languages", String.join(", ", fit.sharedLanguages().stream()
                    .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH)).toList()));
            m.put("relationshipId", x.relationshipId());
            m.put("problem", x.problem());
            m.put("standing", standing(x));
            pairRows.add(m);
        }
        context.put("pairs", pairRows);
        context.put("pairsPager", pager(pairs, "pairsAt"));

        Page<MatchingService.UnmatchedMentee> unmatched = overview.unmatched();
        context.put("unmatched", unmatched.values().stream().map(u -> Map.<String, Object>of("id", u.id(), "menteeName",
                name(u.menteeKey()), "reason", Messages.english(Problem.of(null,
                        "mentoring.matching.reason." + u.reason().name().toLowerCase(Locale.ROOT), u.detail() == null ? "" : u.detail()))))
                .toList());
        context.put("unmatchedPager", pager(unmatched, "unmatchedAt"));

        Page<MatchingService.Rule> rules = overview.rules();
        context.put("rules", rules.values().stream().map(r -> Map.<String, Object>of("id", r.id(), "menteeName", name(r.menteeKey()),
                "mentorName", name(r.mentorKey()), "kind", r.kind().name())).toList());
        context.put("rulesPager", pager(rules, "rulesAt"));
        return "templates/program-matching.vm";
    }

    /**
     * A published pair's outcome as a sentence's key and arguments (who is waited for, who accepted, who declined),
     * or null.
     */
    private Map<String, Object> standing(MatchingService.ProposedPair x) {
        MatchingService.Standing s = x.standing();
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", s.outcome().name());
        boolean waitingForOne = s.outcome() == MatchingService.Outcome.WAITING_FOR_MENTOR
                || s.outcome() == MatchingService.Outcome.WAITING_FOR_MENTEE;
        boolean mentorWaited = s.outcome() == MatchingService.Outcome.WAITING_FOR_MENTOR;
        m.put("waitingFor", !waitingForOne ? "" : name(mentorWaited ? x.mentorKey() : x.menteeKey()));
        m.put("acceptedBy", !waitingForOne ? "" : name(mentorWaited ? x.menteeKey() : x.mentorKey()));
        m.put("declinedBy", s.declinedBy() == null ? "" : name(s.declinedBy()));
        m.put("status", s.status());
        m.put("lozenge", switch (s.outcome()) {
            case LIVE -> "aui-lozenge-success";
            case DECLINED -> "aui-lozenge-removed";
            case OTHER -> "";
            default -> "aui-lozenge-current";
        });
        return m;
    }

    private Map<String, Object> run(MatchingService.Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("ranBy", name(r.ranBy()));
        m.put("ranAt", minute(r.ranAt()));
        m.put("matched", r.matched());
        m.put("unmatched", r.unmatched());
        m.put("totalScore", String.format(Locale.ROOT, "%.1f", r.totalScore()));
        m.put("published", r.publishedAt() != null);
        m.put("publishedBy", r.publishedBy() == null ? "" : name(r.publishedBy()));
        m.put("publishedAt", r.publishedAt() == null ? "" : minute(r.publishedAt()));
        return m;
    }

    private String name(String key) {
        return key == null ? "" : users.find(key).map(Person::displayName).orElse(key);
    }

    private static String minute(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    private static PageRequest page(HttpServletRequest req, String param) {
        int startAt = 0;
        String raw = req.getParameter(param);
        if (raw != null && raw.matches("[0-9]{1,9}")) {
            startAt = Integer.parseInt(raw);
        }
        return new PageRequest(startAt, PAGE);
    }

    /** Previous/next links of one list, keeping the page's other lists where they are. */
    private static Map<String, Object> pager(Page<?> page, String param) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("param", param);
        m.put("hasPrevious", page.startAt() > 0);
        m.put("previous", Math.max(0, page.startAt() - PAGE));
        m.put("hasNext", !page.isLast());
        m.put("next", page.startAt() + PAGE);
        m.put("total", page.total());
        return m;
    }

    private static Integer number(String raw) {
        return raw != null && raw.matches("[0-9]{1,6}") ? Integer.valueOf(raw) : null;
    }
}
