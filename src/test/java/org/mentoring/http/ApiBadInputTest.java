package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/**
 * Hostile input: ids beyond what the database holds, values of the wrong JSON type, versions, dates and text that
 * are not what they claim. Each gets a 4xx with the error body naming the field, never a 500, and nothing is written.
 */
public class ApiBadInputTest {
    private static final String[] HUGE_IDS = {"2147483648", "4294967296", "9223372036854775807", "99999999999999999999"};

    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private ApiClient ada;
    private long relationship;
    private long goal;
    private long feedback;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        ada = new ApiClient(host, "ada");
        long program = org.mentoring.testing.FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        relationship = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "kind", "FORMAL", "programId", program))
                .json().get("id").asLong();
        mara.post("/relationships/" + relationship + "/accept", null);
        goal = created(tomas.post("/goals", json("relationshipId", relationship, "title", "Lead a review")));
        feedback = created(mara.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "Clear")));
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private static long created(ApiClient.Reply r) {
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asLong();
    }

    /** A 400 with the Jira-style body naming exactly {@code field}. */
    private static void refused(ApiClient.Reply r, String field) {
        assertEquals(r.body(), 400, r.status());
        Set<String> names = new HashSet<>();
        r.errors().fieldNames().forEachRemaining(names::add);
        assertEquals(r.body(), Set.of(field), names);
    }

    private JsonNode goal() {
        return tomas.get("/goals/" + goal).json();
    }

    @Test
    public void idsBeyondTheDatabasesRangeAreNotFoundLikeAnyMissingId() {
        for (String id : HUGE_IDS) {
            for (String path : List.of("/relationships/" + id, "/goals/" + id, "/feedback/" + id, "/sessions/" + id,
                    "/relationships/" + id + "/history", "/goals/" + goal + "/milestones/" + id)) {
                ApiClient.Reply r = path.contains("milestones") ? tomas.put(path, json("done", true)) : tomas.get(path);
                assertEquals(path + ": " + r.body(), 404, r.status());
                assertFalse(path, r.body().contains("Exception") || r.body().contains("SQL"));
            }
        }
        assertEquals(tomas.get("/goals/999999").body(), tomas.get("/goals/2147483648").body());
    }

    @Test
    public void idsBeyondTheDatabasesRangeInBodiesAndParametersAreRefusedByName() {
        for (String id : new String[] {"2147483648", "9223372036854775807"}) {
            ApiClient.Reply goalIn = tomas.post("/goals", "{\"relationshipId\":" + id + ",\"title\":\"x\"}");
            assertEquals(goalIn.body(), 404, goalIn.status());
            ApiClient.Reply feedbackIn = mara.post("/feedback", "{\"relationshipId\":" + relationship
                    + ",\"kind\":\"STRENGTH\",\"text\":\"x\",\"goalId\":" + id + "}");
            refused(feedbackIn, "goalId");
            refused(tomas.get("/goals?relationshipId=" + id), "relationshipId");
            refused(tomas.get("/goals?relationshipId=" + relationship + "&startAt=" + id), "startAt");
            refused(tomas.get("/sessions?relationshipId=" + id), "relationshipId");
            refused(tomas.get("/feedback?relationshipId=" + relationship + "&goalId=" + id), "goalId");
        }
        refused(tomas.post("/goals", "{\"relationshipId\":99999999999999999999,\"title\":\"x\"}"), "relationshipId");
        assertEquals(1, tomas.get("/goals?relationshipId=" + relationship).json().get("total").asInt());
        assertEquals(1, mara.get("/feedback?relationshipId=" + relationship).json().get("total").asInt());
    }

    @Test
    public void valuesOfTheWrongJsonTypeAreRefusedNotCoerced() {
        refused(tomas.post("/goals", "{\"relationshipId\":" + relationship + ",\"title\":true}"), "title");
        refused(tomas.post("/goals", "{\"relationshipId\":" + relationship + ",\"title\":12}"), "title");
        refused(tomas.post("/goals", "{\"relationshipId\":" + relationship + ",\"title\":1.5}"), "title");
        refused(tomas.post("/goals", "{\"relationshipId\":\"" + relationship + "\",\"title\":\"x\"}"), "relationshipId");
        refused(tomas.post("/goals", "{\"relationshipId\":" + relationship + ".9,\"title\":\"x\"}"), "relationshipId");
        refused(tomas.post("/goals", "{\"relationshipId\":" + relationship + ",\"title\":[\"x\"]}"), "title");
        assertEquals(1, tomas.get("/goals?relationshipId=" + relationship).json().get("total").asInt());

        refused(tomas.post("/goals/" + goal + "/check-ins", "{\"progress\":3.7}"), "progress");
        refused(tomas.post("/goals/" + goal + "/check-ins", "{\"progress\":\"50\"}"), "progress");
        refused(tomas.post("/goals/" + goal + "/check-ins", "{\"progress\":true}"), "progress");
        assertEquals(0, goal().get("progress").asInt());

        long milestone = created(tomas.post("/goals/" + goal + "/milestones", json("title", "First")));
        for (String done : new String[] {"-1", "1", "0", "\"true\"", "\"false\""}) {
            refused(tomas.put("/goals/" + goal + "/milestones/" + milestone, "{\"done\":" + done + "}"), "done");
        }
        assertEquals(false, tomas.get("/goals/" + goal + "/milestones").json().get(0).get("done").asBoolean());

        refused(tomas.post("/relationships", "{\"mentorKey\":\"u-mara\",\"menteeKey\":\"u-zoe\",\"note\":42}"), "note");
        refused(mara.post("/feedback", "{\"relationshipId\":" + relationship + ",\"kind\":\"STRENGTH\",\"text\":false}"), "text");
        refused(mara.post("/feedback/" + feedback + "/replies", "{\"text\":7}"), "text");
        assertEquals(0, mara.get("/feedback/" + feedback + "/replies").json().get("total").asInt());
    }

    @Test
    public void theAdminScopeTakesOnlyBooleansAndListsOfText() {
        JsonNode before = ada.get("/admin/scope").json();
        refused(ada.put("/admin/scope", "{\"orgWide\":\"false\"}"), "orgWide");
        refused(ada.put("/admin/scope", "{\"orgWide\":0}"), "orgWide");
        refused(ada.put("/admin/scope", "{\"orgWide\":-1}"), "orgWide");
        refused(ada.put("/admin/scope", "{\"spaces\":[1,2]}"), "spaces.[0]");
        refused(ada.put("/admin/scope", "{\"projects\":\"DEV\"}"), "projects");
        assertEquals(before, ada.get("/admin/scope").json());
    }

    @Test
    public void aVersionThatIsNoNumberIsRefusedInsteadOfOverwriting() {
        for (String version : new String[] {"\"\"", "\"\\u0000\"", "3.5", "\"1\"", "true"}) {
            refused(tomas.put("/goals/" + goal, "{\"title\":\"Overwritten\",\"version\":" + version + "}"), "version");
            refused(mara.put("/feedback/" + feedback, "{\"kind\":\"STRENGTH\",\"text\":\"Overwritten\",\"version\":" + version + "}"),
                    "version");
        }
        assertEquals("Lead a review", goal().get("title").asText());
        assertEquals(1, goal().get("version").asInt());
        assertEquals("Clear", mara.get("/feedback/" + feedback).json().get("text").asText());
    }

    @Test
    public void datesOutsideTheCalendarBlankDatesAndNulBytesAreRefused() {
        for (String date : new String[] {"-0001-01-01", "0000-01-01", "+10000-01-01", " ", "", "2026-02-30"}) {
            refused(tomas.put("/goals/" + goal, json("title", "Lead a review", "targetDate", date)), "targetDate");
        }
        refused(tomas.post("/goals", json("relationshipId", relationship, "title", "Nul\u0000byte")), "title");
        refused(tomas.put("/goals/" + goal, json("title", "Lead a review", "description", "a\u0000b")), "description");
        refused(mara.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "x\u0000")), "text");
        refused(tomas.post("/relationships/" + relationship + "/agreement".replace("/agreement", "/reflection"),
                json("note", "\u0000")), "note");
        JsonNode g = goal();
        assertEquals(1, g.get("version").asInt());
        assertEquals(null, g.get("targetDate") == null || g.get("targetDate").isNull() ? null : g.get("targetDate").asText());
        assertEquals(1, tomas.get("/goals?relationshipId=" + relationship).json().get("total").asInt());
    }

    @Test
    public void statusFiltersAreCaseInsensitiveAndUnknownOnesAreRefused() {
        assertEquals(1, tomas.get("/relationships?status=active").json().get("total").asInt());
        assertEquals(1, tomas.get("/goals?relationshipId=" + relationship + "&status=draft").json().get("total").asInt());
        refused(tomas.get("/relationships?status=actief"), "status");
        refused(tomas.get("/goals?relationshipId=" + relationship + "&status=done"), "status");
    }

    @Test
    public void aProgramManagerMovingAGoalIsForbiddenAsForEveryOtherGoalWrite() {
        ApiClient pam = new ApiClient(host, "pam");
        assertEquals(200, pam.get("/goals/" + goal).status());
        ApiClient.Reply r = pam.post("/goals/" + goal + "/transitions", json("id", 91));
        assertEquals(r.body(), 403, r.status());
        assertEquals(403, pam.post("/goals/" + goal + "/check-ins", json("progress", 10)).status());
        assertEquals("DRAFT", goal().get("status").asText());
    }
}
