package org.mentoring.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mentoring.people.ProfileInput;
import org.mentoring.people.ProfileInput.SkillLevelInput;
import org.mentoring.people.SkillInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.testing.TestHost;

/** The "Find a mentor" page over HTTP: filters, reasons, full mentors, the propose link, escaping and bad filters. */
public class FindMentorPageTest {
    private static final String PAGE = "/plugins/servlet/mentoring/mentors";
    private static TestHost host;

    @BeforeClass
    public static void start() throws Exception {
        host = TestHost.start();
        var g = host.app.graph;
        g.skills().create("u-ada", new SkillInput("Kotlin", null, List.of("kt")));
        g.skills().create("u-ada", new SkillInput("<b>Leadership</b>", null, List.of()));
        g.profiles().save("u-mara", "u-mara", new ProfileInput(true, false, List.of(new SkillLevelInput("Kotlin", 5)), List.of(),
                List.of("cs"), "Europe/Prague", 6, null, null, false, null));
        g.profiles().save("u-pam", "u-pam", new ProfileInput(true, false, List.of(new SkillLevelInput("<b>Leadership</b>", 4)),
                List.of(), List.of("en"), null, 2, 1, null, false, null));
        g.profiles().save("u-tomas", "u-tomas", new ProfileInput(false, true, List.of(), List.of(new SkillLevelInput("kt", 1)),
                List.of("cs"), "Europe/Prague", null, null, null, false, null));
        var r = g.relationships().propose("u-zoe", new Proposal("u-pam", "u-zoe", "INFORMAL", null, null));
        g.relationships().move("u-pam", r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    @Test
    public void mentorsAreListedBestFitFirstWithWhyAndAProposeLink() throws Exception {
        HttpResponse<String> page = host.page(PAGE, "tomas");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.indexOf("data-mentor=\"u-mara\"") < html.indexOf("data-mentor=\"u-pam\""));
        assertTrue(html, html.contains("mentors in Kotlin; speaks Czech; same time zone; 6 hours a month"));
        assertTrue(html.contains("/plugins/servlet/mentoring/my?propose=u-mara"));
        assertFalse("a full mentor has no propose link", html.contains("propose=u-pam"));
        assertTrue(html.contains("mentoring-full"));
        assertFalse("skill names are escaped", html.contains("<b>Leadership</b>"));
        assertTrue(html.contains("&lt;b&gt;Leadership&lt;/b&gt;"));
    }

    @Test
    public void filtersNarrowTheListAndBadOnesAreShownByTheirField() throws Exception {
        String bySkill = host.page(PAGE + "?skill=kt", "zoe").body();
        assertTrue(bySkill.contains("data-mentor=\"u-mara\""));
        assertFalse(bySkill.contains("data-mentor=\"u-pam\""));
        String withRoom = host.page(PAGE + "?hasRoom=true", "zoe").body();
        assertFalse(withRoom.contains("data-mentor=\"u-pam\""));
        HttpResponse<String> bad = host.page(PAGE + "?language=xx&tzFrom=99", "zoe");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Use a two-letter ISO 639 language code"));
        assertTrue(bad.body().contains("Use a whole number from -12 to 14."));
        assertFalse(bad.body().contains("data-mentor="));
    }

    @Test
    public void anonymousVisitorsAreSentToSignIn() throws Exception {
        assertEquals(302, host.page(PAGE, null).statusCode());
    }
}
