package org.mentoring.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.TestHost;

/** The pages over HTTP: who gets what status, and hostile text rendered inert. */
public class PagesHttpTest {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private TestHost host;
    private Relationship r;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, HOSTILE));
        host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return host.page(path, user);
    }

    @Test
    public void anonymousVisitorsAreSentToSignInAndBack() throws Exception {
        HttpResponse<String> r1 = get("/plugins/servlet/mentoring/relationship?id=" + r.id(), null);
        assertEquals(302, r1.statusCode());
        assertEquals("/login?os_destination=%2Fplugins%2Fservlet%2Fmentoring%2Frelationship%3Fid%3D" + r.id(),
                r1.headers().firstValue("Location").orElseThrow());
        assertEquals(302, get("/plugins/servlet/mentoring/my", null).statusCode());
    }

    @Test
    public void membersSeeThePageOthersGetTheSameNotFoundAsForNothing() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/mentoring/relationship?id=" + r.id(), "tomas");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("Mara Okafor"));
        assertThat(page.body(), containsString("data-move=\"pause\""));
        assertThat(page.body(), not(containsString("data-move=\"accept\"")));

        HttpResponse<String> hidden = get("/plugins/servlet/mentoring/relationship?id=" + r.id(), "zoe");
        HttpResponse<String> missing = get("/plugins/servlet/mentoring/relationship?id=999999", "zoe");
        HttpResponse<String> garbage = get("/plugins/servlet/mentoring/relationship?id=abc", "zoe");
        assertEquals(404, hidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, garbage.statusCode());
        assertEquals(missing.body(), hidden.body());
        assertThat(hidden.body(), not(containsString("Tomáš")));
    }

    @Test
    public void adminsSeeTheStatusOnly() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/mentoring/relationship?id=" + r.id(), "ada");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("id=\"status-only\""));
        assertThat(page.body(), not(containsString("alert")));
        assertThat(page.body(), not(containsString("id=\"history\"")));
        assertThat(page.body(), not(containsString("mentoring-move")));
    }

    @Test
    public void hostileTextIsRenderedInert() throws Exception {
        String body = get("/plugins/servlet/mentoring/relationship?id=" + r.id(), "mara").body();
        assertThat(body, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertThat(body, not(containsString("<script>alert")));
        assertThat(body, not(containsString("<img src=x")));
    }

    @Test
    public void goalPagesFollowTheSameAccessRulesAndEscapeTitles() throws Exception {
        long goal = host.app.graph.goals().create("u-tomas", r.id(), new org.mentoring.goal.GoalInput(HOSTILE, null, null, null, null, null)).id();
        HttpResponse<String> page = get("/plugins/servlet/mentoring/goal?id=" + goal, "mara");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), not(containsString("<script>alert")));
        assertThat(page.body(), containsString("data-transition=\"11\""));
        HttpResponse<String> board = get("/plugins/servlet/mentoring/goals?relationship=" + r.id(), "tomas");
        assertEquals(200, board.statusCode());
        assertThat(board.body(), containsString("data-goal=\"" + goal + "\""));
        assertThat(board.body(), not(containsString("<img src=x")));
        assertEquals(404, get("/plugins/servlet/mentoring/goal?id=" + goal, "zoe").statusCode());
        assertEquals(404, get("/plugins/servlet/mentoring/goal?id=" + goal, "ada").statusCode());
        assertEquals(404, get("/plugins/servlet/mentoring/goals?relationship=" + r.id(), "zoe").statusCode());
        assertEquals(302, get("/plugins/servlet/mentoring/goal?id=" + goal, null).statusCode());
    }

    @Test
    public void myMentoringListsBothSidesWithAnEmptyState() throws Exception {
        HttpResponse<String> tomas = get("/plugins/servlet/mentoring/my", "tomas");
        assertEquals(200, tomas.statusCode());
        assertThat(tomas.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(tomas.body(), containsString("You don&#39;t mentor anyone yet"));
        assertThat(tomas.body(), containsString("relationship?id=" + r.id()));
        // Someone with no mentorship yet sees what the app is for and the ways in, not two empty tables.
        String zoe = get("/plugins/servlet/mentoring/my", "zoe").body();
        assertThat(zoe, containsString("id=\"first-use\""));
        assertThat(zoe, containsString("id=\"way-find\""));
        assertThat(zoe, containsString("id=\"way-offer\""));
        assertThat(zoe, containsString("id=\"way-program\""));
        assertThat(zoe, not(containsString("mentoring-relationships")));
    }
}
