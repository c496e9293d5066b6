package org.mentoring.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/** The relationship API's success contract over real HTTP. */
public class RelationshipApiTest {
    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private long propose(ApiClient as, String mentor, String mentee) {
        ApiClient.Reply r = as.post("/relationships", json("mentorKey", mentor, "menteeKey", mentee, "note", "Hej ✓"));
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    public void proposeAnswers201WithLocationAndTheNewRelationship() {
        ApiClient.Reply r = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "kind", "INFORMAL"));
        assertEquals(201, r.status());
        long id = r.json().get("id").asLong();
        assertEquals(host.rest() + "/relationships/" + id, r.raw().headers().firstValue("Location").orElseThrow());
        assertEquals("PROPOSED", r.json().get("status").asText());
        assertEquals("Tomáš Novák", r.json().get("mentee").get("displayName").asText());
        assertEquals("MENTEE", r.json().get("viewerRole").asText());
        assertEquals(List.of("withdraw"), texts(r.json().get("actions")));
        assertThat(r.raw().headers().firstValue("Content-Type").orElse(""), containsString("application/json"));

        JsonNode asMentor = mara.get("/relationships/" + id).json();
        assertEquals(List.of("accept", "decline"), texts(asMentor.get("actions")));
        assertEquals(1, asMentor.get("version").asInt());
    }

    @Test
    public void everyMoveHasItsOwnEndpoint() {
        long id = propose(tomas, "u-mara", "u-tomas");
        String base = "/relationships/" + id;
        assertEquals("ACTIVE", mara.post(base + "/accept", null).json().get("status").asText());
        assertEquals("PAUSED", tomas.post(base + "/pause", json("note", "Holiday")).json().get("status").asText());
        assertEquals("ACTIVE", mara.post(base + "/resume", "{}").json().get("status").asText());
        assertEquals("COMPLETED", mara.post(base + "/complete", json("note", "Well done", "version", 4)).json().get("status").asText());
        assertEquals("COMPLETED", mara.post(base + "/keep-in-touch", null).json().get("status").asText());
        JsonNode alumni = tomas.post(base + "/keep-in-touch", null).json();
        assertEquals("ALUMNI", alumni.get("status").asText());
        assertEquals(200, tomas.post(base + "/reflection", json("note", "I learned to delegate", "visibility", "PRIVATE")).status());

        long declined = propose(tomas, "u-mara", "u-tomas");
        assertEquals("DECLINED", mara.post("/relationships/" + declined + "/decline", json("note", "Full")).json().get("status").asText());
        long withdrawn = propose(tomas, "u-mara", "u-tomas");
        assertEquals("WITHDRAWN", tomas.post("/relationships/" + withdrawn + "/withdraw", null).json().get("status").asText());
        long ended = propose(tomas, "u-mara", "u-tomas");
        mara.post("/relationships/" + ended + "/accept", null);
        assertEquals("ENDED", tomas.post("/relationships/" + ended + "/end", json("note", "Moving on")).json().get("status").asText());
    }

    @Test
    public void historyIsPagedJiraStyle() {
        long id = propose(tomas, "u-mara", "u-tomas");
        mara.post("/relationships/" + id + "/accept", null);
        tomas.post("/relationships/" + id + "/pause", json("note", "Holiday"));
        JsonNode page = tomas.get("/relationships/" + id + "/history?startAt=1&maxResults=1").json();
        assertEquals(1, page.get("startAt").asInt());
        assertEquals(1, page.get("maxResults").asInt());
        assertEquals(3, page.get("total").asInt());
        assertFalse(page.get("isLast").asBoolean());
        assertEquals("ACCEPT", page.get("values").get(0).get("type").asText());
        JsonNode last = tomas.get("/relationships/" + id + "/history?startAt=2").json();
        assertTrue(last.get("isLast").asBoolean());
        assertEquals("Holiday", last.get("values").get(0).get("note").asText());
        assertEquals("PAIR", last.get("values").get(0).get("noteVisibility").asText());
    }

    @Test
    public void listFiltersByStatusAndRoleAndPages() {
        long a = propose(tomas, "u-mara", "u-tomas");
        mara.post("/relationships/" + a + "/accept", null);
        propose(mara, "u-mara", "u-zoe");
        propose(new ApiClient(host, "pam"), "u-tomas", "u-pam");

        assertEquals(2, mara.get("/relationships").json().get("total").asInt());
        assertEquals(1, mara.get("/relationships?status=ACTIVE").json().get("total").asInt());
        assertEquals(2, mara.get("/relationships?status=ACTIVE,PROPOSED").json().get("total").asInt());
        assertEquals(2, mara.get("/relationships?status=ACTIVE&status=PROPOSED").json().get("total").asInt());
        assertEquals(1, tomas.get("/relationships?role=MENTEE").json().get("total").asInt());
        assertEquals(1, tomas.get("/relationships?role=mentor").json().get("total").asInt());
        JsonNode page = tomas.get("/relationships?maxResults=1").json();
        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("values").size());
        assertFalse(page.get("isLast").asBoolean());
    }

    @Test
    public void agreementIs204UntilWrittenThenBothAccept() {
        long id = propose(tomas, "u-mara", "u-tomas");
        mara.post("/relationships/" + id + "/accept", null);
        String path = "/relationships/" + id + "/agreement";
        assertEquals(204, tomas.get(path).status());

        ApiClient.Reply written = mara.put(path, json("objectives", "Grow as a tech lead — 成長", "cadence", "MONTHLY",
                "startDate", "2026-12-01", "plannedEndDate", "2027-06-01", "version", 2));
        assertEquals(written.body(), 200, written.status());
        assertTrue(written.json().get("mentorAccepted").asBoolean());
        assertFalse(written.json().get("acceptedByBoth").asBoolean());
        assertEquals("Grow as a tech lead — 成長", tomas.get(path).json().get("objectives").asText());

        JsonNode accepted = tomas.post(path + "/accept", json("version", 3)).json();
        assertTrue(accepted.get("acceptedByBoth").asBoolean());
        assertEquals("Mara Okafor", accepted.get("updatedBy").get("displayName").asText());
    }

    @Test
    public void userPickerFindsActivePeople() {
        JsonNode found = tomas.get("/users?query=mar").json();
        assertEquals(1, found.size());
        assertEquals("u-mara", found.get(0).get("key").asText());
        assertEquals(0, tomas.get("/users?query=ivan").json().size());
        assertEquals(400, tomas.get("/users?query=").status());
        assertEquals(400, tomas.get("/users?query=a&maxResults=99").status());
    }
}
