package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.network.Introduction;
import org.mentoring.network.IntroductionService;
import org.mentoring.network.IntroductionViews;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.RequestParams;

/**
 * "My network" (/plugins/servlet/mentoring/network): introductions waiting for the viewer's answer (who introduces
 * them, and the note addressed to them), the people they were introduced to and by whom, and the introductions they
 * made for others. Each list is one page (its own start parameter) of one bounded query.
 */
@LicensedOnly
public class NetworkServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private final transient IntroductionService introductions;
    private final transient IntroductionViews views;

    public NetworkServlet(IntroductionService introductions, IntroductionViews views, PageResponder pages) {
        super(pages);
        this.introductions = introductions;
        this.views = views;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        context.put("waiting", list(introductions.waitingFor(viewer, start(req, "waitingStart")), "waitingStart"));
        context.put("connections", list(introductions.networkOf(viewer, start(req, "networkStart")), "networkStart"));
        context.put("made", list(introductions.madeBy(viewer, start(req, "madeStart")), "madeStart"));
        return "templates/network.vm";
    }

    private static PageRequest start(HttpServletRequest req, String param) {
        return RequestParams.pageOrFirst(req.getParameter(param), PAGE_SIZE);
    }

    private Map<String, Object> list(Page<Introduction> page, String param) {
        Map<String, Object> m = new HashMap<>();
        m.put("items", page.values().stream().map(i -> IntroductionPageModel.introduction(views.introduction(i))).toList());
        m.put("total", page.total());
        m.put("param", param);
        m.put("hasPrevious", page.startAt() > 0);
        m.put("previousStart", Math.max(0, page.startAt() - PAGE_SIZE));
        m.put("hasNext", !page.isLast());
        m.put("nextStart", page.startAt() + PAGE_SIZE);
        return m;
    }
}
