package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.testing.TestHost;

/**
 * The standalone host's user administration over HTTP: an administrator deactivates a mentor (the app reacts as to
 * Jira's or Confluence's user events) and reactivates them; everyone else is refused; bad input names its field.
 */
public class StandaloneUsersApiTest {
    private TestHost host;
    private ApiClient ada;
    private ApiClient mara;
    private ApiClient tomas;
    private ApiClient zoe;
    private long mentorship;
    private long proposal;

    @Before
    public void start() throws Exception {
        host = TestHost.startWith(DemoUsers.directory());
        ada = new ApiClient(host, "ada");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        zoe = new ApiClient(host, "zoe");
        assertEquals(200, mara.put("/profiles/me", json("offersMentoring", true, "languages", List.of("en"))).status());
        mentorship = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        assertEquals(200, mara.post("/relationships/" + mentorship + "/accept", "{}").status());
        proposal = zoe.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-zoe")).json().get("id").asLong();
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private boolean inDirectory(ApiClient viewer, String userKey) {
        JsonNode values = viewer.get("/mentors").json().get("values");
        return StreamSupport.stream(values.spliterator(), false).anyMatch(m -> m.get("user").get("key").asText().equals(userKey));
    }

    @Test
    public void deactivatingAMentorPausesWithdrawsAndHidesThemAndReactivatingListsThemAgain() {
        assertTrue(inDirectory(tomas, "u-mara"));
        ApiClient.Reply off = ada.put("/admin/users/u-mara/active", json("active", false));
        assertEquals(off.body(), 200, off.status());
        assertFalse(off.json().get("active").asBoolean());
        assertEquals("Mara Okafor", off.json().get("displayName").asText());

        assertEquals("PAUSED", tomas.get("/relationships/" + mentorship).json().get("status").asText());
        assertEquals("WITHDRAWN", zoe.get("/relationships/" + proposal).json().get("status").asText());
        assertFalse(inDirectory(tomas, "u-mara"));
        assertEquals("Mara can no longer sign in", 401, mara.get("/relationships").status());
        String notice = tomas.get("/notifications").body();
        assertTrue(notice, notice.contains("is no longer active here, so your mentorship is paused"));

        assertEquals("a repeated deactivation changes nothing", 200, ada.put("/admin/users/u-mara/active", json("active", false)).status());
        assertEquals(3, tomas.get("/relationships/" + mentorship + "/history").json().get("total").asInt());

        ApiClient.Reply on = ada.put("/admin/users/u-mara/active", json("active", true));
        assertEquals(on.body(), 200, on.status());
        assertTrue(on.json().get("active").asBoolean());
        assertTrue(inDirectory(tomas, "u-mara"));
        assertEquals("paused until a member resumes", "PAUSED", mara.get("/relationships/" + mentorship).json().get("status").asText());
    }

    @Test
    public void onlyAdministratorsListAndChangePeople() {
        assertEquals(403, mara.put("/admin/users/u-tomas/active", json("active", false)).status());
        assertEquals(403, mara.get("/admin/users").status());
        assertEquals(401, new ApiClient(host, null).get("/admin/users").status());
        assertEquals("nothing changed", "ACTIVE", tomas.get("/relationships/" + mentorship).json().get("status").asText());
        JsonNode page = ada.get("/admin/users?query=o&maxResults=2").json();
        assertEquals(2, page.get("values").size());
        assertTrue(page.get("total").asInt() > 2);
        assertFalse(page.get("isLast").asBoolean());
    }

    @Test
    public void badInputNamesItsFieldAndChangesNothing() {
        ApiClient.Reply missing = ada.put("/admin/users/u-mara/active", "{}");
        assertEquals(400, missing.status());
        assertTrue(missing.json().get("errors").has("active"));
        assertEquals("strict JSON: a string is not a boolean", 400, ada.put("/admin/users/u-mara/active", "{\"active\":\"no\"}").status());
        assertEquals(400, ada.get("/admin/users?maxResults=x").status());
        assertEquals(404, ada.put("/admin/users/u-nobody/active", json("active", false)).status());
        ApiClient.Reply self = ada.put("/admin/users/u-ada/active", json("active", false));
        assertEquals(409, self.status());
        assertTrue(self.json().get("errors").has("active"));
        assertEquals("ACTIVE", tomas.get("/relationships/" + mentorship).json().get("status").asText());
    }

    @Test
    public void thePeoplePageIsForAdministratorsAndOffersTheRightAction() throws Exception {
        ada.put("/admin/users/u-zoe/active", json("active", false));
        HttpResponse<String> page = host.page("/plugins/servlet/mentoring/admin/people?q=o", "ada");
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("data-user-key=\"u-zoe\" data-active=\"false\">Reactivate"));
        assertTrue(page.body().contains("data-user-key=\"u-tomas\" data-active=\"true\">Deactivate"));
        assertFalse("no button to deactivate oneself", page.body().contains("data-user-key=\"u-ada\""));
        assertEquals(404, host.page("/plugins/servlet/mentoring/admin/people", "mara").statusCode());
        assertEquals(302, host.page("/plugins/servlet/mentoring/admin/people", null).statusCode());
    }
}
