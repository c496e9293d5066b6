package org.mentoring.web;

import org.mentoring.testing.FormalProgram;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.goal.GoalInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.TestHost;

/** The relationship page's sections as fragments: who gets what, and nothing leaks to those who may not see it. */
public class SectionsHttpTest {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private TestHost host;
    private Relationship r;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "FORMAL", program, null));
        host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
        host.app.graph.goals().create("u-tomas", r.id(), new GoalInput(HOSTILE, null, null, null, null, null));
        long second = host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Lead a design review", null, "A review led", null,
                "2026-12-31", null)).id();
        host.app.graph.goals().checkIn("u-tomas", second, 40, null, null, null);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private HttpResponse<String> section(String id, Object relationship, String user) throws Exception {
        return host.page("/plugins/servlet/mentoring/section?relationship=" + relationship + "&section=" + id, user);
    }

    @Test
    public void theRelationshipPageLoadsItsSectionsAfterItself() throws Exception {
        HttpResponse<String> page = host.page("/plugins/servlet/mentoring/relationship?id=" + r.id(), "mara");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("data-section=\"goals\""));
        assertThat("the page itself carries no goal", page.body(), not(containsString("Lead a design review")));
    }

    @Test
    public void membersSeeTheGoalsWithProgressAndTitlesEscaped() throws Exception {
        HttpResponse<String> goals = section("goals", r.id(), "mara");
        assertEquals(200, goals.statusCode());
        assertThat(goals.headers().firstValue("Content-Type").orElseThrow(), containsString("text/html"));
        assertThat(goals.body(), containsString("id=\"section-goals\""));
        assertThat(goals.body(), containsString("2 open"));
        assertThat(goals.body(), containsString("20% average progress"));
        assertThat(goals.body(), containsString("Lead a design review"));
        assertThat(goals.body(), containsString("&lt;script&gt;alert("));
        assertThat(goals.body(), not(containsString("<script>alert")));
        assertThat(goals.body(), not(containsString("<img src=x")));
    }

    @Test
    public void programManagersSeeGoalsAdministratorsGetNothing() throws Exception {
        assertEquals(200, section("goals", r.id(), "pam").statusCode());
        HttpResponse<String> admin = section("goals", r.id(), "ada");
        assertEquals("an administrator may know the relationship exists, but its goals are not theirs", 204, admin.statusCode());
        assertEquals("", admin.body());
    }

    @Test
    public void outsidersCannotTellAHiddenRelationshipFromAMissingOne() throws Exception {
        HttpResponse<String> hidden = section("goals", r.id(), "zoe");
        HttpResponse<String> missing = section("goals", 999999, "zoe");
        assertEquals(404, hidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.body(), hidden.body());
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("nosuch", r.id(), "goals", "abc").entrySet()) {
            assertEquals(404, section(bad.getKey(), bad.getValue(), "mara").statusCode());
        }
    }

    @Test
    public void anonymousCallersAreRefused() throws Exception {
        HttpResponse<String> anonymous = section("goals", r.id(), null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("", anonymous.body());
    }
}
