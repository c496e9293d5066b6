package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/** The goals API over HTTP: the workflow, flags, errors and who may see what. */
public class GoalApiTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private long relationship;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        relationship = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        mara.post("/relationships/" + relationship + "/accept", null);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private long create(String title, String criteria, String targetDate) {
        ApiClient.Reply r = tomas.post("/goals", json("relationshipId", relationship, "title", title, "successCriteria", criteria,
                "targetDate", targetDate, "competencies", "Leadership"));
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private static JsonNode titled(JsonNode page, String title) {
        for (JsonNode goal : page.get("values")) {
            if (goal.get("title").asText().equals(title)) {
                return goal;
            }
        }
        throw new AssertionError("no goal titled " + title + " in " + page);
    }

    private static List<Integer> ids(JsonNode transitions) {
        List<Integer> ids = new ArrayList<>();
        transitions.forEach(t -> ids.add(t.get("id").asInt()));
        return ids;
    }

    @Test
    public void aGoalMovesThroughTheWorkflowOverHttp() {
        ApiClient.Reply created = tomas.post("/goals", json("relationshipId", relationship, "title", "Run a design review ✓"));
        assertEquals(201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals(host.rest() + "/goals/" + id, created.raw().headers().firstValue("Location").orElseThrow());
        assertEquals("DRAFT", created.json().get("status").asText());
        assertEquals("u-tomas", created.json().get("owner").get("key").asText());

        assertEquals(List.of(91), ids(tomas.get("/goals/" + id + "/transitions").json()));
        assertEquals(List.of(91, 11), ids(mara.get("/goals/" + id + "/transitions").json()));
        ApiClient.Reply refused = mara.post("/goals/" + id + "/transitions", json("id", 11));
        assertEquals(400, refused.status());
        assertEquals("Describe what done looks like before agreeing to this goal.", refused.errors().get("successCriteria").asText());

        JsonNode edited = tomas.put("/goals/" + id, json("title", "Run a design review ✓", "successCriteria", "Two reviews",
                "targetDate", "2027-03-01", "version", 1)).json();
        assertEquals(2, edited.get("version").asInt());
        assertEquals("AGREED", mara.post("/goals/" + id + "/transitions", json("id", 11, "version", 2)).json().get("status").asText());
        assertEquals("IN_PROGRESS", tomas.post("/goals/" + id + "/transitions", json("id", 21)).json().get("status").asText());
        assertEquals("IN_REVIEW", tomas.post("/goals/" + id + "/transitions", json("id", 31)).json().get("status").asText());
        assertEquals(409, tomas.post("/goals/" + id + "/transitions", json("id", 41)).status());
        assertEquals("ACHIEVED", mara.post("/goals/" + id + "/transitions", json("id", 41)).json().get("status").asText());
        assertEquals(100, tomas.get("/goals/" + id).json().get("progress").asInt());
    }

    @Test
    public void listsAreJiraPagedAndFlagOverdueAndDueCheckIns() {
        mara.put("/relationships/" + relationship + "/agreement", json("objectives", "Grow", "cadence", "WEEKLY"));
        long late = create("Late one", "Done when done", "2026-11-10");
        create("Later one", null, "2027-06-01");
        mara.post("/goals/" + late + "/transitions", json("id", 11));
        clock.advance(Duration.ofDays(10));

        JsonNode page = tomas.get("/goals?relationshipId=" + relationship).json();
        assertEquals(2, page.get("total").asInt());
        assertTrue(page.get("isLast").asBoolean());
        JsonNode first = titled(page, "Late one");
        assertTrue("past its target date", first.get("overdue").asBoolean());
        assertTrue("no check-in for longer than the weekly cadence", first.get("checkInDue").asBoolean());
        assertFalse(titled(page, "Later one").get("overdue").asBoolean());
        assertFalse("drafts are not due for check-ins", titled(page, "Later one").get("checkInDue").asBoolean());

        tomas.post("/goals/" + late + "/check-ins", json("progress", 40, "note", "Halfway"));
        assertFalse(tomas.get("/goals/" + late).json().get("checkInDue").asBoolean());
        assertEquals(1, tomas.get("/goals?relationshipId=" + relationship + "&status=AGREED").json().get("total").asInt());
        assertEquals(2, mara.get("/goals").json().get("total").asInt());
        JsonNode checkIns = mara.get("/goals/" + late + "/check-ins").json();
        assertEquals("Halfway", checkIns.get(0).get("note").asText());
        assertEquals("2026-11-12", checkIns.get(0).get("date").asText());
    }

    @Test
    public void milestonesAndEvidence() {
        long id = create("Mentor a junior", null, null);
        ApiClient.Reply m = mara.post("/goals/" + id + "/milestones", json("title", "Pick a starter task"));
        assertEquals(201, m.status());
        long milestone = m.json().get("id").asLong();
        assertTrue(tomas.put("/goals/" + id + "/milestones/" + milestone, json("done", true)).json().get("done").asBoolean());
        assertEquals(201, tomas.post("/goals/" + id + "/evidence", json("kind", "JIRA_ISSUE", "ref", "MENT-7")).status());
        assertEquals(1, mara.get("/goals/" + id + "/evidence").json().size());
        assertEquals(204, tomas.delete("/goals/" + id + "/milestones/" + milestone).status());
        assertEquals(0, tomas.get("/goals/" + id + "/milestones").json().size());
    }

    @Test
    public void badInputIsNamedAndOutsidersSeeNothing() {
        ApiClient.Reply bad = tomas.post("/goals", json("title", ""));
        assertEquals(400, bad.status());
        assertTrue(bad.errors().has("relationshipId"));
        ApiClient.Reply fields = tomas.post("/goals", json("relationshipId", relationship, "title", " ", "targetDate", "soon"));
        assertEquals(400, fields.status());
        assertTrue(fields.errors().has("title") && fields.errors().has("targetDate"));
        long id = create("Secret goal", null, null);
        assertEquals(400, tomas.post("/goals/" + id + "/check-ins", json("progress", 150)).status());
        assertEquals(400, tomas.post("/goals/" + id + "/evidence", json("kind", "URL", "ref", "javascript:alert(1)")).status());
        assertEquals(400, tomas.post("/goals/" + id + "/transitions", json("comment", "no id")).status());

        ApiClient zoe = new ApiClient(host, "zoe");
        ApiClient.Reply hidden = zoe.get("/goals/" + id);
        assertEquals(404, hidden.status());
        assertEquals(zoe.get("/goals/999999").body(), hidden.body());
        assertEquals(404, zoe.post("/goals", json("relationshipId", relationship, "title", "Mine now")).status());
        assertEquals(404, new ApiClient(host, "ada").get("/goals/" + id).status());
        assertEquals(0, zoe.get("/goals").json().get("total").asInt());
        assertEquals(401, new ApiClient(host, null).get("/goals").status());
    }
}
