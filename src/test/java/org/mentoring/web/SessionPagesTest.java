package org.mentoring.web;

import org.mentoring.testing.FormalProgram;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.relationship.AgreementInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.session.ActionItemInput;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/**
 * The session log section on the relationship page for every kind of viewer, rendered as a Confluence macro
 * would (options), with hostile text; and the overdue flag on the page and on My mentoring.
 */
public class SessionPagesTest {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private static final String SHARED = "SHARED-notes-" + HOSTILE;
    private static final String MENTOR_PRIVATE = "SECRET-mentor-note-" + HOSTILE;
    private static final String MENTEE_PRIVATE = "SECRET-mentee-note-e41c";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private TestHost host;
    private Relationship r;
    private long session;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "FORMAL", program, null));
        r = host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
        host.app.graph.agreements().update("u-mara", r.id(), new AgreementInput("Grow", "WEEKLY", null, null, null, null, null), null);
        session = host.app.graph.sessions().create("u-mara", r.id(), new SessionInput("2026-11-01", 45, "Topic " + HOSTILE, SHARED, null),
                MENTOR_PRIVATE, List.of(new ActionItemInput("Item " + HOSTILE, "u-tomas", "2026-11-20", null))).id();
        host.app.graph.sessions().setPrivateNote("u-tomas", session, MENTEE_PRIVATE);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return host.page(path, user);
    }

    /** The sessions section as the relationship page loads it (its own fragment request). */
    private HttpResponse<String> fragment(long relationshipId, String user) throws Exception {
        return get("/plugins/servlet/mentoring/section?section=sessions&relationship=" + relationshipId, user);
    }

    private String page(String user) throws Exception {
        HttpResponse<String> response = fragment(r.id(), user);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    @Test
    public void aMemberSeesTheLogTheirOwnPrivateNoteMarkedAndTheForms() throws Exception {
        String mara = page("mara");
        assertThat(mara, containsString("id=\"section-sessions\""));
        assertThat(mara, containsString("id=\"session-form\""));
        assertThat(mara, containsString("data-session=\"" + session + "\""));
        assertThat(mara, containsString("SHARED-notes-&lt;script&gt;"));
        assertThat(mara, containsString("SECRET-mentor-note-&lt;script&gt;"));
        assertThat(mara, containsString("Only you can see this"));
        assertThat(mara, containsString("mentoring-item-to-goal"));
        assertThat(mara, not(containsString(MENTEE_PRIVATE)));

        String tomas = page("tomas");
        assertThat(tomas, containsString("SHARED-notes-&lt;script&gt;"));
        assertThat(tomas, containsString(MENTEE_PRIVATE));
        assertThat("the mentor's private note never reaches the mentee's page", tomas, not(containsString("SECRET-mentor-note")));
    }

    @Test
    public void programManagersSeeTheScheduleOnlyAdminsNothingOutsidersNotFound() throws Exception {
        clock.advance(Duration.ofDays(9));
        String pam = page("pam");
        assertThat(pam, containsString("id=\"sessions-schedule\""));
        assertThat(pam, containsString("id=\"sessions-overdue\""));
        assertThat(pam, containsString("id=\"sessions-pair-only\""));
        assertThat(pam, not(containsString("SHARED-notes")));
        assertThat(pam, not(containsString("SECRET")));
        assertThat(pam, not(containsString("session-form")));
        assertThat(pam, not(containsString("Topic")));

        HttpResponse<String> ada = fragment(r.id(), "ada");
        assertEquals("administrators get no section at all", 204, ada.statusCode());
        assertEquals("", ada.body());

        HttpResponse<String> zoe = fragment(r.id(), "zoe");
        assertEquals(404, zoe.statusCode());
        assertThat(zoe.body(), not(containsString("SECRET")));
        assertThat(zoe.body(), not(containsString("SHARED")));
    }

    @Test
    public void hostileTextIsInert() throws Exception {
        for (String user : List.of("mara", "tomas")) {
            String body = page(user);
            assertThat(body, not(containsString("<script>alert")));
            assertThat(body, not(containsString("<img src=x")));
            assertThat(body, containsString("Item &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
            assertThat(body, containsString("Topic &lt;script&gt;"));
        }
    }

    @Test
    public void anOverdueMeetingIsFlaggedOnThePageAndOnMyMentoring() throws Exception {
        assertThat("a week after the relationship became active (later than the session logged) is not yet due", page("tomas"), not(containsString("id=\"sessions-overdue\"")));
        assertThat(page("tomas"), containsString("Next meeting: 2026-11-09"));
        assertThat(get("/plugins/servlet/mentoring/my", "tomas").body(), not(containsString("mentoring-meeting-overdue")));
        clock.advance(Duration.ofDays(9));
        assertThat(page("tomas"), containsString("id=\"sessions-overdue\""));
        assertThat(get("/plugins/servlet/mentoring/my", "tomas").body(), containsString("mentoring-meeting-overdue"));
        assertThat(get("/plugins/servlet/mentoring/my", "mara").body(), containsString("mentoring-meeting-overdue"));
    }

    @Test
    public void aProposalHasNoSessionLogYet() throws Exception {
        Relationship proposal = host.app.graph.relationships().propose("u-zoe", new Proposal("u-mara", "u-zoe", "INFORMAL", null, null));
        String body = get("/plugins/servlet/mentoring/relationship?id=" + proposal.id(), "zoe").body();
        assertThat(body, containsString("id=\"relationship-status\""));
        assertEquals("a proposal has no session log to show", 204, fragment(proposal.id(), "zoe").statusCode());
    }

    /** The section as a Confluence macro renders it: through the same renderer, with the macro's options. */
    private String section(String viewer, RelationshipSection.Options options) {
        Map<String, Object> base = PageContext.of(Locale.ENGLISH, "", viewer);
        SectionRenderer renderer = host.app.graph.sectionRenderer();
        return renderer.render(host.app.graph.pageSections().inOrder().stream().filter(section -> section.id().equals("sessions")).findFirst().orElseThrow(), viewer, host.app.graph.relationships().view(viewer, r.id()), options, base);
    }

    @Test
    public void theSectionHonoursItsOptionsAsAMacroWould() {
        host.app.graph.sessions().create("u-tomas", r.id(), new SessionInput("2026-11-02", null, null, "Second", null), null, List.of());
        String export = section("u-mara", new RelationshipSection.Options(false, 20, null, RelationshipSection.Display.BOTH));
        assertThat(export, containsString("SHARED-notes"));
        assertThat(export, containsString("SECRET-mentor-note"));
        for (String interactive : List.of("<form", "<button", "<input", "<select", "<textarea", "<template", "<script")) {
            assertThat("no " + interactive + " when not interactive", export, not(containsString(interactive)));
        }

        String list = section("u-mara", new RelationshipSection.Options(true, 1, null, RelationshipSection.Display.LIST));
        assertThat(list, not(containsString("id=\"session-form\"")));
        assertThat("limit 1: the latest session only", list, containsString("Second"));
        assertThat(list, not(containsString("SHARED-notes")));
        assertThat(list, containsString("id=\"sessions-more\""));

        String form = section("u-tomas", new RelationshipSection.Options(true, 20, null, RelationshipSection.Display.FORM));
        assertThat(form, containsString("id=\"session-form\""));
        assertThat(form, not(containsString("id=\"sessions-list\"")));

        assertNull("administrators get no section at all", section("u-ada", RelationshipSection.Options.page()));
        assertThat(section("u-pam", RelationshipSection.Options.page()), not(containsString("SHARED")));
    }
}
