package org.mentoring.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import java.util.Locale;
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

/** Sections embedded in someone else's page (Confluence macros): the right relationship, or nothing that gives it away. */
public class EmbeddedSectionsTest {
    private TestHost host;
    private Relationship r;
    private EmbeddedSections embedded;
    private GoalsSection goals;
    private RelationshipCard card;
    private String placeholder;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, null));
        host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
        host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Give a <b>conference</b> talk", null, null, null, null, null));
        embedded = host.app.graph.embeddedSections();
        goals = host.app.graph.goalsSection();
        card = host.app.graph.relationshipCard();
        placeholder = embedded.render(goals, Map.of("relationship", "999999"), place("u-mara", null, true));
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private static EmbeddedSections.Place place(String viewer, String pageCreator, boolean interactive) {
        return new EmbeddedSections.Place(true, viewer, pageCreator, interactive, Locale.ENGLISH, "/confluence");
    }

    @Test
    public void membersSeeTheSectionOfTheRelationshipTheMacroNames() {
        String html = embedded.render(goals, Map.of("relationship", Long.toString(r.id())), place("u-mara", "u-zoe", true));
        assertThat(html, startsWith("<div class=\"mentoring-page mentoring-macro\">"));
        assertThat(html, containsString("Give a &lt;b&gt;conference&lt;/b&gt; talk"));
        assertThat("links carry the host's context path", html, containsString("href=\"/confluence/plugins/servlet/mentoring/goals?relationship=" + r.id()));
    }

    @Test
    public void aPersonMeansTheRelationshipBetweenThemAndThePagesAuthorForEitherMember() {
        // Mara's page "my mentorship with Tomáš": both members see it there.
        Map<String, String> aboutTomas = Map.of("person", "tomas");
        assertThat(embedded.render(card, aboutTomas, place("u-mara", "u-mara", true)), containsString("Tomáš Novák"));
        assertThat(embedded.render(card, aboutTomas, place("u-tomas", "u-mara", true)), containsString("Mara Okafor"));
        // On Tomáš's own page naming himself, each reader sees their own relationship with him.
        assertThat(embedded.render(card, aboutTomas, place("u-mara", "u-tomas", true)), containsString("id=\"section-summary\""));
    }

    @Test
    public void anyoneWhoMayNotSeeItGetsTheSamePlaceholderAsForNothing() {
        assertThat(placeholder, containsString("shown only to the people it belongs to"));
        Map<String, String> byId = Map.of("relationship", Long.toString(r.id()));
        assertEquals("an outsider", placeholder, embedded.render(goals, byId, place("u-zoe", null, true)));
        assertEquals("anonymous", placeholder, embedded.render(goals, byId, place(null, null, true)));
        assertEquals("an administrator (goals are not theirs)", placeholder, embedded.render(goals, byId, place("u-ada", null, true)));
        assertEquals("an outsider naming a member", placeholder, embedded.render(goals, Map.of("person", "tomas"), place("u-zoe", "u-mara", true)));
        assertEquals("an unknown person", placeholder, embedded.render(goals, Map.of("person", "nobody"), place("u-mara", null, true)));
        assertThat(placeholder, not(containsString("Tomáš")));
    }

    @Test
    public void administratorsSeeThatItExistsOnTheSummaryCardButNoAgreement() {
        host.app.graph.agreements().update("u-mara", r.id(), new org.mentoring.relationship.AgreementInput("Grow as a <i>speaker</i>",
                "MONTHLY", null, null, null, null, null), null);
        String member = embedded.render(card, Map.of("relationship", Long.toString(r.id())), place("u-tomas", null, true));
        String admin = embedded.render(card, Map.of("relationship", Long.toString(r.id())), place("u-ada", null, true));
        assertThat(member, containsString("Grow as a &lt;i&gt;speaker&lt;/i&gt;"));
        assertThat("the card says when the pair meets next", member, containsString("id=\"summary-next-meeting\""));
        assertThat(admin, containsString("Mara Okafor"));
        assertThat(admin, not(containsString("speaker")));
    }

    @Test
    public void authorMistakesAreExplainedWithoutLookingAnythingUp() {
        assertThat(embedded.render(goals, Map.of(), place("u-mara", null, true)), containsString("needs a relationship"));
        assertThat(embedded.render(goals, Map.of("relationship", "12abc"), place("u-mara", null, true)), containsString("by its number"));
        assertThat(embedded.render(goals, Map.of("relationship", "1", "count", "500"), place("u-mara", null, true)), containsString("1 to 50"));
        assertThat(embedded.render(goals, Map.of("relationship", "1", "mode", "<script>"), place("u-mara", null, true)),
                containsString("form, list or both"));
        assertThat(embedded.render(goals, Map.of("relationship", "1", "goal", "x"), place("u-mara", null, true)), containsString("goal must"));
    }

    @Test
    public void whereMentoringIsNotSwitchedOnTheSectionSaysSoAndShowsNothing() {
        String off = embedded.render(goals, Map.of("relationship", Long.toString(r.id())),
                new EmbeddedSections.Place(false, "u-mara", null, true, Locale.ENGLISH, ""));
        assertThat(off, containsString("not switched on in this space"));
        assertThat(off, not(containsString("conference")));
    }

    @Test
    public void theCountLimitsTheListedGoals() {
        host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Second goal", null, null, null, null, null));
        String one = embedded.render(goals, Map.of("relationship", Long.toString(r.id()), "count", "1"), place("u-mara", null, true));
        assertEquals(1, one.split("data-goal=").length - 1);
        assertThat(one, containsString("1 more open goals"));
    }
}
