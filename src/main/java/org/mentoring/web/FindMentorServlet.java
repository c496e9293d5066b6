package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.error.Problems;
import org.mentoring.error.ValidationException;
import org.mentoring.i18n.Messages;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.DirectoryFilter;
import org.mentoring.people.DirectoryFilters;
import org.mentoring.people.MentorDirectory;
import org.mentoring.people.MentorMatch;
import org.mentoring.people.MentorViews;
import org.mentoring.rest.RequestParams;

/**
 * "Find a mentor" (/plugins/servlet/mentoring/mentors): the directory with its filters, each mentor's reasons and
 * score, and a Propose link into the existing proposal flow (My mentoring's dialog, with the person filled in).
 * A mentor at capacity is shown as full, without the link. Bad filters are shown next to the form, not as errors.
 */
@LicensedOnly
public class FindMentorServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private final transient MentorDirectory directory;
    private final transient MentorViews views;

    public FindMentorServlet(MentorDirectory directory, MentorViews views, PageResponder pages) {
        super(pages);
        this.directory = directory;
        this.views = views;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Locale locale = req.getLocale() == null ? Locale.ENGLISH : req.getLocale();
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("skill", "language", "query", "tzFrom", "tzTo")) {
            form.put(name, req.getParameter(name) == null ? "" : req.getParameter(name));
        }
        boolean hasRoom = "true".equals(req.getParameter("hasRoom"));
        context.put("form", form);
        context.put("hasRoom", hasRoom);
        Problems problems = new Problems();
        String[] skills = req.getParameterValues("skill");
        DirectoryFilter filter = DirectoryFilters.read(problems, skills == null ? List.of() : Arrays.asList(skills),
                form.get("language"), hasRoom ? "true" : null, form.get("query"), form.get("tzFrom"), form.get("tzTo"));
        PageRequest request = RequestParams.pageOrFirst(req.getParameter("startAt"), PAGE_SIZE);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            problems.throwIfAny();
        } catch (ValidationException e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), Messages.text(locale, p)));
            filter = null;
        }
        context.put("errors", errors);
        if (filter == null) {
            context.put("mentors", List.of());
            context.put("total", 0L);
            return "templates/find-mentor.vm";
        }
        Page<MentorMatch> page = directory.search(viewer, filter, request);
        List<Map<String, Object>> mentors = new ArrayList<>();
        for (MentorViews.MentorView m : views.views(page, locale)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", m.user().key());
            row.put("name", m.user().displayName());
            row.put("score", String.format(Locale.ROOT, "%.1f", m.score()));
            row.put("reason", m.reason());
            row.put("terms", String.join(" + ", m.terms().stream()
                    .map(t -> t.name() + " " + String.format(Locale.ROOT, "%.1f", t.points())).toList()));
            row.put("skills", m.skills().stream().map(s -> s.name() + " " + s.level() + "/5").toList());
            List<String> about = new ArrayList<>(m.languages().stream().map(l -> l.name()).toList());
            if (m.timeZone() != null) {
                about.add(m.timeZone());
            }
            row.put("about", String.join(" · ", about));
            row.put("full", m.full());
            row.put("room", m.capacity() - m.activeMentees());
            mentors.add(row);
        }
        context.put("mentors", mentors);
        context.put("total", page.total());
        context.put("hasPrevious", page.startAt() > 0);
        context.put("previousStart", Math.max(0, page.startAt() - PAGE_SIZE));
        context.put("hasNext", !page.isLast());
        context.put("nextStart", page.startAt() + PAGE_SIZE);
        context.put("pageQuery", pageQuery(form, hasRoom));
        return "templates/find-mentor.vm";
    }

    /** The filters as a query string for the pager links (without startAt). */
    private static String pageQuery(Map<String, String> form, boolean hasRoom) {
        StringBuilder q = new StringBuilder();
        form.forEach((k, v) -> {
            if (!v.isBlank()) {
                q.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        });
        if (hasRoom) {
            q.append("hasRoom=true&");
        }
        return q.toString();
    }
}
