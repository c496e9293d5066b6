package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.FormalProgram;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/** Introductions over HTTP: the whole double opt-in, what each side's JSON holds, errors by field, 404s, 409s. */
public class IntroductionApiTest {
    private static final String PURPOSE = "PURPOSE-7e21 moving into platform work";
    private static final String NOTE = "NOTE-c04d Zoë, would you talk to Tomáš?";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private ApiClient zoe;
    private ApiClient pam;
    private ApiClient ada;
    private long relationship;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        zoe = new ApiClient(host, "zoe");
        pam = new ApiClient(host, "pam");
        ada = new ApiClient(host, "ada");
        relationship = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "kind", "FORMAL", "programId", program))
                .json().get("id").asLong();
        mara.post("/relationships/" + relationship + "/accept", null);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private static Set<String> fields(ApiClient.Reply r) {
        Set<String> names = new HashSet<>();
        r.errors().fieldNames().forEachRemaining(names::add);
        return names;
    }

    private long ask() {
        ApiClient.Reply r = tomas.post("/introductions", json("relationshipId", relationship, "wantedText", "Kubernetes", "purpose", PURPOSE));
        assertEquals(r.body(), 201, r.status());
        assertTrue(r.raw().headers().firstValue("Location").orElse("").endsWith("/introductions/" + r.json().get("id").asLong()));
        return r.json().get("id").asLong();
    }

    @Test
    public void askIntroduceAcceptOverHttp() {
        long id = ask();
        String path = "/introductions/" + id;
        JsonNode asked = mara.get(path).json();
        assertEquals("ASKED", asked.get("status").asText());
        assertEquals("INTRODUCER", asked.get("part").asText());
        assertEquals(PURPOSE, asked.get("purpose").asText());
        assertEquals("[\"introduce\",\"decline\"]", asked.get("moves").toString());

        ApiClient.Reply introduced = mara.post(path + "/introduce", json("introducedKey", "u-zoe", "note", NOTE, "version", 1));
        assertEquals(introduced.body(), 200, introduced.status());
        assertEquals("Zoë Lindqvist", introduced.json().get("introduced").get("displayName").asText());

        // Zoë's notification names who introduces her and links to her network page; it never quotes the note.
        JsonNode notices = zoe.get("/notifications").json().get("values");
        assertTrue(notices.toString(), notices.toString().contains("Mara Okafor would like to introduce you to someone"));
        assertTrue(notices.toString(), notices.toString().contains("/plugins/servlet/mentoring/network#introduction-" + id));
        assertFalse(notices.toString().contains("NOTE-c04d"));

        JsonNode tomasView = tomas.get(path).json();
        assertTrue("the asker does not learn who before they accept", tomasView.get("introduced").isNull());
        JsonNode waiting = zoe.get("/introductions/waiting").json();
        assertEquals(1, waiting.get("total").asInt());
        JsonNode zoeView = waiting.get("values").get(0);
        assertEquals("INTRODUCED", zoeView.get("part").asText());
        assertEquals(NOTE, zoeView.get("note").asText());
        assertEquals("Mara Okafor", zoeView.get("introducer").get("displayName").asText());
        assertTrue(zoeView.get("asker").isNull());
        assertTrue(zoeView.get("purpose").isNull());
        assertTrue("the relationship is not hers to know", zoeView.get("relationshipId").isNull());
        assertFalse(zoe.get(path).body().contains("PURPOSE-7e21"));
        assertFalse(zoe.get(path).body().contains("Tomáš Novák"));
        assertEquals(404, zoe.get("/introductions?relationshipId=" + relationship).status());

        assertEquals(409, zoe.post(path + "/accept", json("version", 1)).status());
        ApiClient.Reply accepted = zoe.post(path + "/accept", json("version", zoeView.get("version").asInt()));
        assertEquals(accepted.body(), 200, accepted.status());
        assertEquals(PURPOSE, accepted.json().get("purpose").asText());
        assertEquals("u-tomas", accepted.json().get("counterpart").get("key").asText());
        JsonNode network = tomas.get("/introductions/network").json();
        assertEquals(1, network.get("total").asInt());
        assertEquals("u-zoe", network.get("values").get(0).get("counterpart").get("key").asText());
        assertEquals(1, mara.get("/introductions/made").json().get("total").asInt());
        assertEquals(409, zoe.post(path + "/decline", "{}").status());

        assertFalse(tomas.get("/notifications").body().contains("PURPOSE-7e21"));
        assertEquals("the question answered, its unread notice goes away", 0, zoe.get("/notifications").json().get("values").size());
    }

    @Test
    public void managersAdministratorsAndStrangersGet404() {
        long id = ask();
        for (ApiClient nobody : new ApiClient[] {pam, ada, zoe}) {
            assertEquals(404, nobody.get("/introductions/" + id).status());
            assertEquals(404, nobody.get("/introductions?relationshipId=" + relationship).status());
            assertEquals(404, nobody.post("/introductions", json("relationshipId", relationship, "wantedText", "x", "purpose", "y")).status());
            assertEquals(404, nobody.post("/introductions/" + id + "/introduce", json("introducedKey", "u-zoe", "note", "n")).status());
        }
        assertEquals(1, mara.get("/introductions?relationshipId=" + relationship).json().get("total").asInt());
        assertEquals(403, tomas.post("/introductions/" + id + "/introduce", json("introducedKey", "u-zoe", "note", "n")).status());
        assertEquals(404, tomas.post("/introductions/" + id + "/nonsense", "{}").status());
        assertEquals(404, tomas.get("/introductions/999999").status());
    }

    @Test
    public void badInputIs400NamingEachFieldAndWritesNothing() {
        ApiClient.Reply r = tomas.post("/introductions", json("relationshipId", relationship, "purpose", ""));
        assertEquals(400, r.status());
        assertEquals(Set.of("wantedText", "purpose"), fields(r));
        r = tomas.post("/introductions", json("purpose", "why"));
        assertEquals(Set.of("relationshipId"), fields(r));
        r = tomas.post("/introductions", "{\"relationshipId\":\"seven\",\"purpose\":\"why\"}");
        assertEquals(r.body(), 400, r.status());
        r = tomas.post("/introductions", json("relationshipId", relationship, "wantedKey", "u-nobody", "purpose", "why"));
        assertEquals(Set.of("wantedKey"), fields(r));
        assertEquals(0, mara.get("/introductions?relationshipId=" + relationship).json().get("total").asInt());
        r = mara.get("/introductions?relationshipId=x&maxResults=1000");
        assertEquals(Set.of("relationshipId", "maxResults"), fields(r));

        long id = ask();
        r = mara.post("/introductions/" + id + "/introduce", json("note", ""));
        assertEquals(Set.of("introducedKey", "note"), fields(r));
        r = mara.post("/introductions/" + id + "/introduce", json("introducedKey", "u-tomas", "note", "hi"));
        assertEquals(Set.of("introducedKey"), fields(r));
        assertEquals("ASKED", mara.get("/introductions/" + id).json().get("status").asText());
        assertEquals(400, zoe.get("/introductions/waiting?startAt=-1").status());
    }
}
