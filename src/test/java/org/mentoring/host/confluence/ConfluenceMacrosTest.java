package org.mentoring.host.confluence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.admin.ScopeAdministration;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.GoalInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.TestHost;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.session.SessionInput;
import org.mentoring.web.FeedbackSection;
import org.mentoring.web.SessionsSection;
import org.mentoring.web.GoalsSection;
import org.mentoring.web.RelationshipCard;
import org.mentoring.program.ProgramInput;
import org.mentoring.program.ProgramMove;
import org.mentoring.web.RelationshipPageBlueprint;
import org.mentoring.web.SectionRenderer;

/**
 * The Confluence macros and blueprint provider over Confluence's APIs (mocked: they exist only in Confluence)
 * and the app's real services on the test database.
 */
public class ConfluenceMacrosTest {
    private TestHost host;
    private Relationship r;
    private final UserManager users = mock(UserManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private GoalsMacro goalsMacro;
    private RelationshipMacro relationshipMacro;
    private EmbeddedSections embedded;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, null));
        host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
        host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Mentor a new joiner", null, null, null, null, null));
        embedded = host.app.graph.embeddedSections();
        host.app.graph.scopeAdministration().update("u-ada", new ScopeAdministration.ScopeInput(true, null, List.of("TEAM")));
        goalsMacro = new GoalsMacro(host.app.graph.goalsSection(), embedded, host.app.graph.scope(), users, application,
                locales);
        relationshipMacro = new RelationshipMacro(host.app.graph.relationshipCard(), embedded,
                host.app.graph.scope(), users, application, locales);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/wiki");
        when(locales.getLocale()).thenReturn(Locale.ENGLISH);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private void viewing(String userKey) {
        when(users.getRemoteUserKey()).thenReturn(userKey == null ? null : new UserKey(userKey));
    }

    private static ConversionContext page(String outputType, String device, String creatorKey) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getOutputDeviceType()).thenReturn(device);
        when(context.getSpaceKey()).thenReturn("TEAM");
        ContentEntityObject page = mock(ContentEntityObject.class);
        ConfluenceUser creator = mock(ConfluenceUser.class);
        when(creator.getKey()).thenReturn(new UserKey(creatorKey));
        when(page.getCreator()).thenReturn(creator);
        when(context.getEntity()).thenReturn(page);
        return context;
    }

    @Test
    public void theGoalsMacroShowsAMemberTheGoalsWithTheHostsContextPath() throws Exception {
        viewing("u-tomas");
        String html = goalsMacro.execute(Map.of("relationship", Long.toString(r.id())), null, page("display", "desktop", "u-tomas"));
        assertThat(html, containsString("Mentor a new joiner"));
        assertThat(html, containsString("href=\"/wiki/plugins/servlet/mentoring/goal?id="));
        assertEquals(Macro.BodyType.NONE, goalsMacro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, goalsMacro.getOutputType());
    }

    @Test
    public void aPersonParameterPairsWithThePagesAuthor() throws Exception {
        viewing("u-tomas");
        String html = relationshipMacro.execute(Map.of("person", "tomas"), null, page("display", "desktop", "u-mara"));
        assertThat(html, containsString("Mara Okafor"));
        assertThat(html, containsString("id=\"section-summary\""));
    }

    @Test
    public void nonMembersAndAnonymousReadersGetTheNeutralPlaceholder() throws Exception {
        Map<String, String> params = Map.of("relationship", Long.toString(r.id()));
        viewing("u-zoe");
        String outsider = goalsMacro.execute(params, null, page("display", "desktop", "u-mara"));
        viewing(null);
        String anonymous = goalsMacro.execute(params, null, page("display", "desktop", "u-mara"));
        viewing("u-zoe");
        String missing = goalsMacro.execute(Map.of("relationship", "987654"), null, page("display", "desktop", "u-mara"));
        assertEquals(missing, outsider);
        assertEquals(missing, anonymous);
        assertThat(outsider, not(containsString("Mentor a new joiner")));
    }

    @Test
    public void inASpaceWhereMentoringIsNotSwitchedOnTheMacroSaysSo() throws Exception {
        viewing("u-tomas");
        ConversionContext elsewhere = page("display", "desktop", "u-tomas");
        when(elsewhere.getSpaceKey()).thenReturn("OTHER");
        String html = goalsMacro.execute(Map.of("relationship", Long.toString(r.id())), null, elsewhere);
        assertThat(html, containsString("not switched on in this space"));
        assertThat(html, not(containsString("Mentor a new joiner")));
    }

    @Test
    public void theFeedbackMacroOffersTheFormLiveAndOnlyTheListInExports() throws Exception {
        FeedbackMacro feedback = new FeedbackMacro(host.app.graph.feedbackSection(), embedded,
                host.app.graph.scope(), users, application, locales);
        host.app.graph.feedback().give("u-mara", r.id(), new FeedbackInput("STRENGTH", "You ran a calm retro", null, null, null, null), null);
        viewing("u-tomas");
        Map<String, String> params = Map.of("relationship", Long.toString(r.id()));
        String live = feedback.execute(params, null, page("display", "desktop", "u-mara"));
        assertThat(live, containsString("You ran a calm retro"));
        assertThat(live, containsString("id=\"feedback-form\""));
        String pdf = feedback.execute(params, null, page("pdf", "desktop", "u-mara"));
        assertThat(pdf, containsString("You ran a calm retro"));
        assertThat(pdf, not(containsString("<form")));
        String listOnly = feedback.execute(Map.of("relationship", Long.toString(r.id()), "mode", "list"), null,
                page("display", "desktop", "u-mara"));
        assertThat(listOnly, not(containsString("id=\"feedback-form\"")));
        viewing("u-zoe");
        assertThat(feedback.execute(params, null, page("display", "desktop", "u-mara")), not(containsString("calm retro")));
    }

    @Test
    public void theSessionsMacroShowsEachReaderOnlyTheirOwnPrivateNote() throws Exception {
        SessionsMacro sessions = new SessionsMacro(host.app.graph.sessionsSection(), embedded, host.app.graph.scope(), users, application, locales);
        host.app.graph.sessions().create("u-mara", r.id(), new SessionInput(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), 30,
                "Delegation", "Agreed to try a weekly 1:1", null), "Mara's own worry", List.of());
        Map<String, String> params = Map.of("relationship", Long.toString(r.id()));
        viewing("u-tomas");
        String tomas = sessions.execute(params, null, page("display", "desktop", "u-mara"));
        assertThat(tomas, containsString("Agreed to try a weekly 1:1"));
        assertThat(tomas, not(containsString("own worry")));
        viewing("u-mara");
        assertThat(sessions.execute(params, null, page("word", "desktop", "u-mara")), containsString("own worry"));
        viewing("u-pam");
        assertThat(sessions.execute(params, null, page("display", "desktop", "u-mara")), not(containsString("weekly 1:1")));
    }

    @Test
    public void exportsAndEmailsRenderWithoutInteraction() throws Exception {
        viewing("u-tomas");
        Map<String, String> params = Map.of("relationship", Long.toString(r.id()));
        for (ConversionContext context : new ConversionContext[] {page("pdf", "desktop", "u-tomas"), page("word", "desktop", "u-tomas"),
                page("email", "email", "u-tomas"), page("display", "email", "u-tomas")}) {
            String html = goalsMacro.execute(params, null, context);
            assertThat(html, containsString("Mentor a new joiner"));
            assertThat(html, not(containsString("<form")));
            assertThat(html, not(containsString("<button")));
            assertThat(html, not(containsString("<script")));
        }
    }

    private long program(String name, String manager) {
        long id = host.app.graph.programs().create("u-ada", new ProgramInput(name, "Onboarding pairs", "Settle in", "ALWAYS_ON", null,
                null, null, null, null, null, null, null, true, null, null)).id();
        host.app.graph.programs().appoint("u-ada", id, manager);
        host.app.graph.programs().move("u-ada", id, ProgramMove.OPEN, host.app.graph.programs().get("u-ada", id).version(), null);
        return id;
    }

    @Test
    public void theProgramMacroShowsItsManagersTheDashboardsFiguresWithSmallGroupsHidden() throws Exception {
        long id = program("Spring cohort", "u-pam");
        host.app.graph.enrolments().enrol("u-tomas", id, false, true, null);
        host.app.graph.enrolments().enrol("u-zoe", id, false, true, null);
        ProgramMacro macro = new ProgramMacro(host.app.graph.embeddedProgram(), host.app.graph.scope(), users, application, locales);
        viewing("u-pam");
        String html = macro.execute(Map.of("program", Long.toString(id)), null, page("display", "desktop", "u-pam"));
        assertThat(html, containsString("Spring cohort: dashboard"));
        assertThat(html, containsString("href=\"/wiki/plugins/servlet/mentoring/program-dashboard?id=" + id + "\""));
        assertThat(html, containsString("Enrolment funnel"));
        assertThat(html, containsString("<svg"));
        assertThat("two enrolments are fewer than three: not shown on their own", html, containsString("fewer than 3"));
        assertThat(html, not(containsString(">2<")));
        assertThat("no person is named", html, not(containsString("Tom")));
        assertThat(html, containsString("id=\"program-" + id + "-funnel\""));
        String pdf = macro.execute(Map.of("program", Long.toString(id)), null, page("pdf", "desktop", "u-pam"));
        assertThat(pdf, containsString("Enrolment funnel"));
        assertThat("no link in an export", pdf, not(containsString("<a ")));
        viewing("u-ada");
        assertThat("administrators see every program's figures",
                macro.execute(Map.of("program", Long.toString(id)), null, page("display", "desktop", "u-pam")), containsString("Enrolment funnel"));
        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }

    @Test
    public void whoMayNotSeeTheDashboardGetsWhatAMissingProgramGives() throws Exception {
        long id = program("Spring cohort", "u-pam");
        long another = program("Leaders", "u-mara");
        host.app.graph.enrolments().enrol("u-tomas", id, false, true, null);
        ProgramMacro macro = new ProgramMacro(host.app.graph.embeddedProgram(), host.app.graph.scope(), users, application, locales);
        Map<String, String> params = Map.of("program", Long.toString(id));
        viewing("u-zoe");
        String missing = macro.execute(Map.of("program", "987654"), null, page("display", "desktop", "u-pam"));
        String outsider = macro.execute(params, null, page("display", "desktop", "u-pam"));
        viewing("u-tomas");
        String enrolled = macro.execute(params, null, page("display", "desktop", "u-pam"));
        viewing("u-mara");
        String otherManager = macro.execute(params, null, page("display", "desktop", "u-pam"));
        viewing(null);
        String anonymous = macro.execute(params, null, page("display", "desktop", "u-pam"));
        for (String html : List.of(outsider, enrolled, otherManager, anonymous)) {
            assertEquals(missing, html);
        }
        assertThat(missing, not(containsString("Spring cohort")));
        assertThat(missing, containsString("Mentoring content is shown only to the people it belongs to."));
        viewing("u-mara");
        assertThat("a manager sees their own program", macro.execute(Map.of("program", Long.toString(another)), null,
                page("display", "desktop", "u-pam")), containsString("Leaders: dashboard"));
    }

    @Test
    public void theProgramMacroSaysWhatIsWrongWithItsParametersWithoutTouchingAProgram() throws Exception {
        ProgramMacro macro = new ProgramMacro(host.app.graph.embeddedProgram(), host.app.graph.scope(), users, application, locales);
        viewing("u-pam");
        for (Map<String, String> params : List.of(Map.<String, String>of(), Map.of("program", "seven"), Map.of("program", "0"),
                Map.of("program", "99999999999999999999"))) {
            assertThat(params.toString(), macro.execute(params, null, page("display", "desktop", "u-pam")),
                    containsString("This macro needs a program, given by its number."));
        }
        ConversionContext elsewhere = page("display", "desktop", "u-pam");
        when(elsewhere.getSpaceKey()).thenReturn("OTHER");
        assertThat(macro.execute(Map.of("program", "1"), null, elsewhere), containsString("not switched on in this space"));
    }

    @Test
    public void theBlueprintTitlesThePageAfterTheRelationshipForItsMembersOnly() {
        RelationshipBlueprintContextProvider provider = new RelationshipBlueprintContextProvider(
                host.app.graph.relationshipPageBlueprint(), users,
                mock(com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper.class));
        BlueprintContext context = mock(BlueprintContext.class);
        when(context.get("relationshipId")).thenReturn(Long.toString(r.id()));
        viewing("u-mara");
        provider.updateBlueprintContext(context);
        verify(context).setTitle("Mentoring: Mara Okafor & Tomáš Novák (#" + r.id() + ")");
        verify(context).put("relationshipId", Long.toString(r.id()));
        verify(context).put("menteeName", "Tomáš Novák");

        viewing("u-zoe");
        try {
            provider.updateBlueprintContext(context);
            throw new AssertionError("an outsider made a page for someone else's mentorship");
        } catch (NotFoundException expected) {
            // refused, without saying whether the relationship exists
        }
        viewing("u-mara");
        BlueprintContext noChoice = mock(BlueprintContext.class);
        try {
            provider.updateBlueprintContext(noChoice);
            throw new AssertionError("a page without a relationship was made");
        } catch (ValidationException expected) {
            assertEquals("relationshipId", expected.problems().get(0).field());
        }
    }
    @Test
    public void theProgramHomeBlueprintFillsInTheProgramForThoseWhoMaySeeItOnly() {
        long id = host.app.graph.programs().create("u-ada", new ProgramInput("Spring <b>cohort</b>", "Pairs for new joiners",
                "Settle in within 90 days", "ALWAYS_ON", null, null, null, null, null, null, null, null, true, null, null)).id();
        host.app.graph.programs().appoint("u-ada", id, "u-pam");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/wiki");
        ProgramHomeBlueprintContextProvider provider = new ProgramHomeBlueprintContextProvider(host.app.graph.programHomeBlueprint(),
                users, application, mock(com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper.class));
        BlueprintContext context = mock(BlueprintContext.class);
        when(context.get("programId")).thenReturn(Long.toString(id));
        viewing("u-pam");
        provider.updateBlueprintContext(context);
        verify(context).setTitle("Mentoring program: Spring <b>cohort</b> (#" + id + ")");
        verify(context).put("programId", Long.toString(id));
        verify(context).put("programDescription", "Pairs for new joiners");
        verify(context).put("programObjectives", "Settle in within 90 days");
        verify(context).put("programLink", "<a href=\"https://wiki.example.com/wiki/plugins/servlet/mentoring/program?id=" + id
                + "\">Spring &lt;b&gt;cohort&lt;/b&gt;</a>");

        for (String outsider : new String[] {"u-tomas", "u-mara", null}) {
            viewing(outsider);
            try {
                provider.updateBlueprintContext(context);
                throw new AssertionError(outsider + " made the home page of a program they do not run");
            } catch (NotFoundException expected) {
                // refused, as for a program that does not exist
            }
        }
        viewing("u-pam");
        BlueprintContext missing = mock(BlueprintContext.class);
        when(missing.get("programId")).thenReturn("987654");
        try {
            provider.updateBlueprintContext(missing);
            throw new AssertionError("a page for a missing program was made");
        } catch (NotFoundException expected) {
            // the same refusal as for someone else's program
        }
        for (String bad : new String[] {null, "", "seven"}) {
            BlueprintContext wrong = mock(BlueprintContext.class);
            when(wrong.get("programId")).thenReturn(bad);
            try {
                provider.updateBlueprintContext(wrong);
                throw new AssertionError("a page without a program was made: " + bad);
            } catch (ValidationException expected) {
                assertEquals("programId", expected.problems().get(0).field());
            }
        }
    }
}
