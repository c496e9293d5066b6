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
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.feedback.Feedback;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.feedback.Round;
import org.mentoring.goal.GoalInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/**
 * The feedback section as the relationship page loads it (over HTTP) and as a macro renders it (its options):
 * what each role gets, buttons only where usable, blind rounds that show nothing early, hostile text inert.
 */
public class FeedbackSectionTest {
    private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    private static final String SECRET = "Blind-secret-91b2";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private TestHost host;
    private Relationship r;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "FORMAL", program, null));
        r = host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    /** The feedback section as the relationship page loads it (its own fragment request). */
    private HttpResponse<String> fragment(String user) throws Exception {
        return host.page("/plugins/servlet/mentoring/section?section=feedback&relationship=" + r.id(), user);
    }

    private String section(String user) throws Exception {
        HttpResponse<String> response = fragment(user);
        assertEquals(200, response.statusCode());
        assertThat(response.body(), containsString("<section id=\"section-feedback\""));
        return response.body();
    }

    /** The section as a macro renders it: straight through the section renderer, with the given options. */
    private String render(String user, RelationshipSection.Options options) {
        Map<String, Object> base = PageContext.of(Locale.ENGLISH, "", "u-" + user);
        return host.app.graph.sectionRenderer().render(
                host.app.graph.pageSections().inOrder().stream().filter(s -> s.id().equals("feedback")).findFirst().orElseThrow(),
                "u-" + user, host.app.graph.relationships().view("u-" + user, r.id()), options, base);
    }

    private Feedback give(String author, String text, String visibility, Long roundId) {
        return host.app.graph.feedback().give(author, r.id(), new FeedbackInput("GROWTH", text, null, null,
                List.of(new FeedbackInput.RatingInput("Focus", 3)), visibility), roundId);
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    public void membersGetTheFormAndOnlyTheButtonsTheyMayUse() throws Exception {
        long goal = host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Lead the design review", null, null, null, null, null)).id();
        Feedback toTomas = host.app.graph.feedback().give("u-mara", r.id(), new FeedbackInput("STRENGTH", "Clear agenda", goal, null, null, null), null);
        clock.advance(Duration.ofHours(1));
        Feedback toMara = give("u-tomas", "Answer quicker", null, null);

        String tomas = section("tomas");
        assertThat(tomas, containsString("id=\"feedback-form\""));
        assertThat(tomas, containsString("Give Mara Okafor feedback"));
        assertThat(tomas, containsString("<option value=\"" + goal + "\">Lead the design review</option>"));
        assertThat(tomas, containsString("id=\"feedback-round-form\""));
        assertEquals("tomas acknowledges what he received, nothing else", 1, count(tomas, "mentoring-feedback-ack"));
        assertThat(tomas.substring(tomas.indexOf("id=\"feedback-" + toTomas.id() + "\"")), containsString("mentoring-feedback-ack"));
        assertEquals("and edits what he gave", 1, count(tomas, "mentoring-feedback-edit\""));
        assertThat(tomas.substring(tomas.indexOf("id=\"feedback-" + toMara.id() + "\"")), containsString("mentoring-feedback-edit"));
        assertEquals(2, count(tomas, "mentoring-reply-form"));
        assertThat(tomas, containsString("About goal: <a href=\"/plugins/servlet/mentoring/goal?id=" + goal + "\">Lead the design review</a>"));
        assertThat(tomas, containsString("data-competency=\"Focus\" data-score=\"3\""));

        host.app.graph.feedback().acknowledge("u-tomas", toTomas.id());
        host.app.graph.feedback().reply("u-mara", toTomas.id(), "Glad it helped");
        clock.advance(Duration.ofHours(24));
        String later = section("tomas");
        assertEquals(0, count(later, "mentoring-feedback-ack"));
        assertEquals("past 24 hours nothing is editable", 0, count(later, "mentoring-feedback-edit\""));
        assertThat(later, containsString("Acknowledged 2026-11-02"));
        assertThat(later, containsString("Glad it helped"));

        host.app.graph.relationships().move("u-mara", r.id(), Move.PAUSE, MoveRequest.none());
        String paused = section("mara");
        assertThat(paused, containsString("id=\"feedback-readonly\""));
        assertThat(paused, not(containsString("<form")));
        assertThat(paused, not(containsString("<button")));
        assertThat(paused, containsString("Answer quicker"));
    }

    @Test
    public void programManagersReadSharedFeedbackOnlyAdminsAndOutsidersNothing() throws Exception {
        give("u-mara", "Pair-only words", null, null);
        give("u-tomas", "Shared with the program", "PROGRAM", null);
        host.app.graph.feedback().openRound("u-mara", r.id(), null);

        String pam = section("pam");
        assertThat(pam, containsString("Shared with the program"));
        assertThat(pam, not(containsString("Pair-only words")));
        assertThat(pam, not(containsString("<form")));
        assertThat(pam, not(containsString("<button")));
        assertThat(pam, not(containsString("feedback-round")));
        assertThat(pam, containsString("id=\"feedback-program-note\""));

        HttpResponse<String> ada = fragment("ada");
        assertEquals("the administrator may know the relationship exists, but has nothing in its feedback", 204, ada.statusCode());
        assertEquals("", ada.body());
        HttpResponse<String> zoe = fragment("zoe");
        assertEquals(404, zoe.statusCode());
        assertThat(zoe.body(), not(containsString("Shared with the program")));
        assertNull(render("ada", RelationshipSection.Options.page()));
    }

    @Test
    public void aBlindRoundShowsWhoSubmittedNeverWhat() throws Exception {
        Round round = host.app.graph.feedback().openRound("u-tomas", r.id(), 3);
        host.app.graph.feedback().give("u-mara", r.id(), new FeedbackInput("GROWTH", SECRET, null, null,
                List.of(new FeedbackInput.RatingInput("Rating-" + SECRET, 1)), "PROGRAM"), round.id());

        String tomas = section("tomas");
        assertThat(tomas, not(containsString(SECRET)));
        assertThat("not even an item saying that something is there", tomas, not(containsString("mentoring-feedback-item")));
        assertThat(tomas, containsString("id=\"feedback-empty\""));
        assertThat(tomas, containsString("Mara Okafor has submitted."));
        assertThat(tomas, containsString("id=\"feedback-in-round\" data-round=\"" + round.id() + "\""));
        String pam = section("pam");
        assertThat(pam, not(containsString(SECRET)));

        String mara = section("mara");
        assertThat(mara, containsString(SECRET));
        assertThat(mara, containsString("Only you can read this until the blind round is revealed (at the latest 2026-11-05)."));
        assertThat(mara, containsString("Waiting for Tomáš Novák."));
        assertThat(mara, not(containsString("id=\"feedback-in-round\"")));
        assertThat(mara, not(containsString("id=\"feedback-round-form\"")));
        assertEquals("no replies on hidden feedback", 0, count(mara, "mentoring-reply-form"));

        host.app.graph.feedback().give("u-tomas", r.id(), new FeedbackInput("STRENGTH", "Always prepared", null, null, null, null), round.id());
        String revealed = section("tomas");
        assertThat(revealed, containsString(SECRET));
        assertThat(revealed, containsString("The last blind round was revealed on 2026-11-02."));
        assertThat(section("pam"), containsString(SECRET));
    }

    @Test
    public void hostileTextIsRenderedInert() throws Exception {
        Feedback f = host.app.graph.feedback().give("u-tomas", r.id(), new FeedbackInput("LEARNED", HOSTILE, null, null,
                List.of(new FeedbackInput.RatingInput("<b>bold</b>", 5)), "PROGRAM"), null);
        host.app.graph.feedback().reply("u-mara", f.id(), HOSTILE);
        for (String user : List.of("mara", "pam")) {
            String html = section(user);
            assertEquals(2, count(html, ESCAPED));
            assertThat(html, containsString("&lt;b&gt;bold&lt;/b&gt;"));
            assertThat(html, not(containsString("<script>alert")));
            assertThat(html, not(containsString("<img src=x")));
            assertThat(html, not(containsString("<b>bold")));
        }
    }

    @Test
    public void optionsShapeTheSectionAsAMacroWouldAskForIt() {
        long goal = host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Speak up", null, null, null, null, null)).id();
        for (int i = 0; i < 4; i++) {
            give("u-mara", "Feedback " + i, null, null);
            clock.advance(Duration.ofMinutes(1));
        }
        host.app.graph.feedback().give("u-mara", r.id(), new FeedbackInput("STRENGTH", "On the goal", goal, null, null, null), null);

        String export = render("tomas", new RelationshipSection.Options(false, 20, null, RelationshipSection.Display.BOTH));
        assertThat(export, containsString("On the goal"));
        assertThat(export, not(containsString("<form")));
        assertThat(export, not(containsString("<button")));
        assertThat(export, not(containsString("mentoring-texts")));

        String list = render("tomas", new RelationshipSection.Options(true, 2, null, RelationshipSection.Display.LIST));
        assertThat(list, not(containsString("id=\"feedback-form\"")));
        assertEquals(2, count(list, "class=\"mentoring-feedback-item\""));
        assertThat(list, containsString("Showing the latest 2."));
        assertThat(list, containsString("id=\"feedback-older\""));
        assertThat(list, containsString("mentoring-feedback-ack"));

        String form = render("tomas", new RelationshipSection.Options(true, 20, goal, RelationshipSection.Display.FORM));
        assertThat(form, containsString("id=\"feedback-form\""));
        assertThat(form, containsString("<option value=\"" + goal + "\" selected>Speak up</option>"));
        assertThat(form, not(containsString("mentoring-feedback-item")));

        String onGoal = render("tomas", new RelationshipSection.Options(true, 20, goal, RelationshipSection.Display.BOTH));
        assertEquals(1, count(onGoal, "class=\"mentoring-feedback-item\""));
        assertThat(onGoal, containsString("On the goal"));
    }
}
