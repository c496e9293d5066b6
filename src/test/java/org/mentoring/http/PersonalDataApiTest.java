package org.mentoring.http;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.privacy.AppTablesAccess;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.StoreTestDatabase;
import org.mentoring.testing.TestHost;

/**
 * The standalone host end to end over HTTP: a person downloads their data; an administrator sees what the app holds
 * for a person, erases them, and afterwards no table of the app (every AO_ table the database lists) holds their key,
 * user name, display name or e-mail; the audit log shows it, naming only the former user.
 */
public class PersonalDataApiTest {
    private TestHost host;
    private ApiClient ada;
    private ApiClient mara;
    private ApiClient tomas;
    private Relationship r;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        ada = new ApiClient(host, "ada");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        var g = host.app.graph;
        r = g.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, "Teach me Kotlin"));
        r = g.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
        long s = g.sessions().create("u-mara", r.id(), new SessionInput("2026-11-01", 30, "Kotlin", "SHARED-NOTE", null),
                "MARA-OWN-NOTE", List.of()).id();
        g.sessions().setPrivateNote("u-tomas", s, "TOMAS-OWN-NOTE");
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    @Test
    public void aPersonDownloadsTheirDataAndReadsItOnAPage() throws Exception {
        ApiClient.Reply export = tomas.get("/me/export");
        assertEquals(export.body(), 200, export.status());
        assertThat(export.raw().headers().firstValue("Content-Disposition").orElse(""), containsString("attachment"));
        assertThat(export.body(), containsString("TOMAS-OWN-NOTE"));
        assertThat(export.body(), containsString("SHARED-NOTE"));
        assertThat("never the other member's private note", export.body(), not(containsString("MARA-OWN-NOTE")));
        assertEquals("mentoring-personal-data/1", export.json().get("format").asText());

        HttpResponse<String> page = host.page("/plugins/servlet/mentoring/me/export", "tomas");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("TOMAS-OWN-NOTE"));
        assertThat(page.body(), not(containsString("MARA-OWN-NOTE")));
        assertThat(page.body(), containsString("/rest/mentoring/1.0/me/export"));
    }

    @Test
    public void anAdministratorErasesAPersonAndNoTableHoldsAnyTraceOfThem() throws Exception {
        tomas.get("/me/export"); // audited under tomas's key, which must go too
        assertEquals(403, mara.get("/admin/erasure?user=tomas").status());
        assertEquals(403, mara.post("/admin/erasure", json("user", "tomas")).status());

        ApiClient.Reply missing = ada.get("/admin/erasure");
        assertEquals(400, missing.status());
        assertTrue(missing.json().get("errors").has("user"));
        ApiClient.Reply unknown = ada.post("/admin/erasure", json("user", "nobody"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("errors").has("user"));
        assertEquals("strict JSON types", 400, ada.post("/admin/erasure", "{\"user\": 5}").status());

        ApiClient.Reply preview = ada.get("/admin/erasure?user=tomas");
        assertEquals(preview.body(), 200, preview.status());
        assertEquals(1, preview.json().get("affected").get("relationships").asInt());
        assertEquals(1, preview.json().get("affected").get("sessions.privateNotes").asInt());
        assertThat("counts only, no content", preview.body(), not(containsString("TOMAS-OWN-NOTE")));

        ApiClient.Reply erased = ada.post("/admin/erasure", json("user", "tomas"));
        assertEquals(erased.body(), 200, erased.status());
        String former = erased.json().get("formerUserKey").asText();

        Set<String> traces = AppTablesAccess.traces(StoreTestDatabase.entityManager(),
                List.of("u-tomas", "tomas", "Tomáš Novák", "Tomáš", "tomas@example.test", "TOMAS-OWN-NOTE"));
        assertEquals("no trace of the person in any table of the app", Set.of(), traces);

        ApiClient.Reply kept = mara.get("/relationships/" + r.id());
        assertEquals("ENDED", kept.json().get("status").asText());
        assertEquals(former, kept.json().get("mentee").get("key").asText());

        ApiClient.Reply audit = ada.get("/admin/audit?maxResults=10");
        assertEquals(audit.body(), 200, audit.status());
        assertEquals("person.erased", audit.json().get("values").get(0).get("action").asText());
        assertEquals(former, audit.json().get("values").get(0).get("subjectKey").asText());
        assertEquals(403, mara.get("/admin/audit").status());
        HttpResponse<String> page = host.page("/plugins/servlet/mentoring/admin/audit", "ada");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("Person erased from mentoring"));
    }

    @Test
    public void retentionIsOffByDefaultAndItsDryRunSaysWhatWouldGo() {
        assertTrue("off: no months", !ada.get("/admin/retention").json().path("months").isNumber());
        ApiClient.Reply bad = ada.put("/admin/retention", json("months", -3));
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("errors").has("months"));
        ApiClient.Reply dry = ada.post("/admin/retention/dry-run", json("months", 1));
        assertEquals(dry.body(), 200, dry.status());
        assertEquals("nothing ended yet", 0, dry.json().get("wouldDelete").get("relationships").asInt());
        assertEquals(12, ada.put("/admin/retention", json("months", 12)).json().get("months").asInt());
        assertTrue("0 switches it off", !ada.put("/admin/retention", json("months", 0)).json().path("months").isNumber());
    }
}
