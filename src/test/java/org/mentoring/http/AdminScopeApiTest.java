package org.mentoring.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.mentoring.http.ApiClient.json;

import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/** Where mentoring is switched on, over HTTP: administrators only, bad keys named, and what "off" means to people. */
public class AdminScopeApiTest {
    private TestHost host;
    private ApiClient ada;
    private ApiClient tomas;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        ada = new ApiClient(host, "ada");
        tomas = new ApiClient(host, "tomas");
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    @Test
    public void administratorsReadAndChangeTheScopeKeysAreNormalised() {
        ApiClient.Reply before = ada.get("/admin/scope");
        assertEquals(200, before.status());
        assertEquals(true, before.json().get("orgWide").asBoolean());
        ApiClient.Reply saved = ada.put("/admin/scope", json("orgWide", true, "projects", List.of("dev", " OPS_2 ", ""),
                "spaces", List.of("TEAM", "~mara")));
        assertEquals(saved.body(), 200, saved.status());
        assertEquals("[\"DEV\",\"OPS_2\"]", saved.json().get("projects").toString());
        assertEquals("[\"TEAM\",\"~MARA\"]", saved.json().get("spaces").toString());
        assertEquals(saved.json(), ada.get("/admin/scope").json());
    }

    @Test
    public void everyoneElseIsRefusedAndAnonymousMustSignIn() {
        assertEquals(403, tomas.get("/admin/scope").status());
        ApiClient.Reply refused = tomas.put("/admin/scope", json("orgWide", false));
        assertEquals(403, refused.status());
        assertThat(refused.body(), containsString("Only administrators"));
        assertEquals(401, new ApiClient(host, null).get("/admin/scope").status());
        assertEquals("still on", true, ada.get("/admin/scope").json().get("orgWide").asBoolean());
    }

    @Test
    public void badKeysAreNamedAndNothingChanges() {
        ada.put("/admin/scope", json("projects", List.of("DEV")));
        ApiClient.Reply bad = ada.put("/admin/scope", json("orgWide", false, "projects", List.of("OK", "9lives"),
                "spaces", List.of("has space")));
        assertEquals(400, bad.status());
        assertThat(bad.errors().get("projects").asText(), containsString("9lives"));
        assertThat(bad.errors().get("spaces").asText(), containsString("has space"));
        ApiClient.Reply now = ada.get("/admin/scope");
        assertEquals("[\"DEV\"]", now.json().get("projects").toString());
        assertEquals(true, now.json().get("orgWide").asBoolean());
        assertEquals(400, ada.put("/admin/scope", "{\"orgWide\": \"perhaps\"}").status());
    }

    @Test
    public void aChangeMustBeJsonSoNoOtherSiteCanMakeIt() {
        assertEquals(403, ada.postAs("/admin/scope", "application/x-www-form-urlencoded", "orgWide=false", null).status());
        assertEquals(true, ada.get("/admin/scope").json().get("orgWide").asBoolean());
    }

    @Test
    public void switchedOffNoNewMentorshipStartsButExistingOnesCarryOn() {
        long id = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        assertEquals(200, ada.put("/admin/scope", json("orgWide", false)).status());

        ApiClient.Reply refused = tomas.post("/relationships", json("mentorKey", "u-pam", "menteeKey", "u-tomas"));
        assertEquals(403, refused.status());
        assertThat(refused.json().get("errorMessages").get(0).asText(), containsString("not switched on"));
        ApiClient.Reply accepted = new ApiClient(host, "mara").post("/relationships/" + id + "/accept", "{}");
        assertEquals(accepted.body(), 200, accepted.status());
        assertEquals(1, tomas.get("/relationships").json().get("total").asInt());
    }
}
