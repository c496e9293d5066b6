package org.mentoring.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.admin.ScopeAdministration;
import org.mentoring.testing.TestHost;

/** The settings page: administrators see the scope; everyone else the ordinary "not found". */
public class AdminPageTest {
    private TestHost host;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        host.app.graph.scopeAdministration().update("u-ada", new ScopeAdministration.ScopeInput(true, List.of("DEV"),
                List.of("TEAM")));
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return host.page(path, user);
    }

    @Test
    public void administratorsSeeWhereMentoringIsOn() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/mentoring/admin", "ada");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("id=\"scope-orgwide\" name=\"orgWide\" checked"));
        assertThat(page.body(), containsString(">DEV</textarea>"));
        assertThat(page.body(), containsString("id=\"admin-settings\""));
    }

    /** Everyone knows the app has settings: the "not found" page tells anyone else whom to ask (not "Mentorship not found"). */
    @Test
    public void everyoneElseIsToldTheSettingsAreForAdministrators() throws Exception {
        HttpResponse<String> member = get("/plugins/servlet/mentoring/admin", "tomas");
        HttpResponse<String> manager = get("/plugins/servlet/mentoring/admin", "pam");
        assertEquals(404, member.statusCode());
        assertEquals(404, manager.statusCode());
        assertThat(manager.body(), containsString("settings are for administrators"));
        assertThat(member.body(), containsString("id=\"not-found\""));
        assertThat(member.body(), containsString("settings are for administrators"));
        assertThat(member.body(), not(containsString("Mentorship not found")));
        assertThat(member.body(), not(containsString("scope-form")));
        assertEquals(302, get("/plugins/servlet/mentoring/admin", null).statusCode());
    }
}
