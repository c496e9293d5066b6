package org.mentoring.http;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/** The session log over HTTP: every endpoint, its errors, and who sees what (private notes above all). */
public class SessionApiTest {
    private static final String SHARED = "SHARED-pair-notes-5d1f";
    private static final String MENTOR_PRIVATE = "SECRET-mentor-private-a9e2";
    private static final String MENTEE_PRIVATE = "SECRET-mentee-private-77b0";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private long relationship;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
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

    private long logByMara(String heldOn) {
        ApiClient.Reply r = mara.post("/sessions", json("relationshipId", relationship, "heldOn", heldOn, "durationMinutes", 50,
                "topics", "Delegation", "sharedNotes", SHARED, "privateNote", MENTOR_PRIVATE,
                "actionItems", List.of(Map.of("text", "Draft the review checklist", "ownerKey", "u-tomas", "dueOn", "2026-11-20"),
                        Map.of("text", "Write the talk outline"))));
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private int total(ApiClient as) {
        return as.get("/sessions?relationshipId=" + relationship).json().get("total").asInt();
    }

    @Test
    public void aSessionIsLoggedReadEditedAndListedNewestFirst() {
        ApiClient.Reply created = mara.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-10-20",
                "sharedNotes", SHARED, "privateNote", MENTOR_PRIVATE,
                "actionItems", List.of(Map.of("text", "Read Team Topologies", "ownerKey", "u-tomas"))));
        assertEquals(201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals(host.rest() + "/sessions/" + id, created.raw().headers().firstValue("Location").orElseThrow());
        assertEquals(MENTOR_PRIVATE, created.json().get("privateNote").asText());
        assertEquals("u-mara", created.json().get("loggedBy").get("key").asText());
        assertEquals("u-tomas", created.json().get("actionItems").get(0).get("owner").get("key").asText());

        JsonNode seen = tomas.get("/sessions/" + id).json();
        assertEquals(SHARED, seen.get("sharedNotes").asText());
        assertTrue("the other member never gets the author's private note", seen.get("privateNote").isNull());
        assertFalse(tomas.get("/sessions/" + id).body().contains(MENTOR_PRIVATE));

        JsonNode edited = tomas.put("/sessions/" + id, json("heldOn", "2026-10-21", "durationMinutes", 40, "topics", "Delegation",
                "sharedNotes", "Corrected by Tomáš", "nextMeetingOn", "2026-11-04", "version", 1)).json();
        assertEquals(2, edited.get("version").asInt());
        assertEquals("u-tomas", edited.get("updatedBy").get("key").asText());
        ApiClient.Reply stale = mara.put("/sessions/" + id, json("heldOn", "2026-10-21", "sharedNotes", "Mine", "version", 1));
        assertEquals(409, stale.status());
        assertEquals(Set.of("version"), fields(stale));
        assertEquals("Corrected by Tomáš", mara.get("/sessions/" + id).json().get("sharedNotes").asText());

        logByMara("2026-11-01");
        logByMara("2026-10-25");
        JsonNode page = tomas.get("/sessions?relationshipId=" + relationship + "&maxResults=2").json();
        assertEquals(3, page.get("total").asInt());
        assertFalse(page.get("isLast").asBoolean());
        assertEquals(List.of("2026-11-01", "2026-10-25"), List.of(page.get("values").get(0).get("heldOn").asText(),
                page.get("values").get(1).get("heldOn").asText()));
        JsonNode last = tomas.get("/sessions?relationshipId=" + relationship + "&startAt=2&maxResults=2").json();
        assertTrue(last.get("isLast").asBoolean());
        assertEquals(id, last.get("values").get(0).get("id").asLong());
        assertEquals(2, page.get("values").get(0).get("actionItems").size());
        assertFalse(tomas.get("/sessions?relationshipId=" + relationship).body().contains("SECRET"));
        assertEquals(3, mara.get("/sessions?relationshipId=" + relationship).json().get("values").findValues("privateNote").stream()
                .filter(n -> n.asText().equals(MENTOR_PRIVATE)).count());
    }

    @Test
    public void eachMemberWritesAndRemovesTheirOwnPrivateNote() {
        long id = logByMara("2026-11-01");
        ApiClient.Reply put = tomas.put("/sessions/" + id + "/private-note", json("text", MENTEE_PRIVATE));
        assertEquals(put.body(), 200, put.status());
        assertEquals(MENTEE_PRIVATE, put.json().get("privateNote").asText());
        assertEquals("the other member cannot tell a note was written", 1, put.json().get("version").asInt());
        assertEquals(MENTOR_PRIVATE, mara.get("/sessions/" + id).json().get("privateNote").asText());
        assertFalse(mara.get("/sessions/" + id).body().contains(MENTEE_PRIVATE));
        assertEquals(Set.of("text"), fields(tomas.put("/sessions/" + id + "/private-note", json("text", " "))));
        assertEquals(204, tomas.delete("/sessions/" + id + "/private-note").status());
        assertTrue(tomas.get("/sessions/" + id).json().get("privateNote").isNull());
        assertEquals(MENTOR_PRIVATE, mara.get("/sessions/" + id).json().get("privateNote").asText());
    }

    @Test
    public void actionItemsAreTickedOffAndBecomeGoalsOrMilestonesOnce() {
        long id = logByMara("2026-11-01");
        JsonNode items = tomas.get("/sessions/" + id).json().get("actionItems");
        long checklist = items.get(0).get("id").asLong();
        long outline = items.get(1).get("id").asLong();

        JsonNode done = tomas.put("/sessions/" + id + "/action-items/" + checklist, json("done", true, "version", 1)).json();
        assertTrue(done.get("done").asBoolean());
        assertEquals("Draft the review checklist", done.get("text").asText());
        assertEquals(409, mara.put("/sessions/" + id + "/action-items/" + checklist, json("done", false, "version", 1)).status());
        ApiClient.Reply added = tomas.post("/sessions/" + id + "/action-items", json("text", "Book a rehearsal room", "ownerKey", "u-mara"));
        assertEquals(201, added.status());
        assertEquals("u-mara", added.json().get("owner").get("key").asText());
        assertEquals(3, mara.get("/sessions/" + id).json().get("actionItems").size());

        ApiClient.Reply goal = tomas.post("/sessions/" + id + "/action-items/" + checklist + "/goal", "{}");
        assertEquals(goal.body(), 201, goal.status());
        long goalId = goal.json().get("goalId").asLong();
        assertEquals(host.rest() + "/goals/" + goalId, goal.raw().headers().firstValue("Location").orElseThrow());
        JsonNode created = mara.get("/goals/" + goalId).json();
        assertEquals("Draft the review checklist", created.get("title").asText());
        assertEquals("u-tomas", created.get("owner").get("key").asText());
        assertEquals("2026-11-20", created.get("targetDate").asText());
        assertEquals("DRAFT", created.get("status").asText());
        assertEquals(409, mara.post("/sessions/" + id + "/action-items/" + checklist + "/goal", "{}").status());

        ApiClient.Reply milestone = mara.post("/sessions/" + id + "/action-items/" + outline + "/milestone", json("goalId", goalId));
        assertEquals(milestone.body(), 201, milestone.status());
        assertEquals(goalId, milestone.json().get("goalId").asLong());
        assertEquals("Write the talk outline", mara.get("/goals/" + goalId + "/milestones").json().get(0).get("title").asText());
        assertEquals(409, mara.post("/sessions/" + id + "/action-items/" + outline + "/milestone", json("goalId", goalId)).status());
        assertEquals(1, mara.get("/goals/" + goalId + "/milestones").json().size());
        long room = added.json().get("id").asLong();
        assertEquals(Set.of("goalId"), fields(mara.post("/sessions/" + id + "/action-items/" + room + "/milestone", "{}")));
        assertEquals(Set.of("goalId"), fields(mara.post("/sessions/" + id + "/action-items/" + room + "/milestone", json("goalId", 999999))));
        assertEquals(404, mara.post("/sessions/" + id + "/action-items/999999/goal", "{}").status());
    }

    @Test
    public void badInputIsNamedAndChangesNothing() {
        ApiClient.Reply notJson = tomas.post("/sessions", "{not json");
        assertEquals(400, notJson.status());
        assertEquals("The request body is not valid JSON.", notJson.json().get("errorMessages").get(0).asText());
        assertEquals(Set.of("mood"), fields(tomas.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-01", "mood", "great"))));
        assertEquals(Set.of("durationMinutes"), fields(tomas.post("/sessions", "{\"relationshipId\":" + relationship
                + ",\"heldOn\":\"2026-11-01\",\"durationMinutes\":\"an hour\"}")));
        assertEquals(Set.of("relationshipId"), fields(tomas.post("/sessions", json("heldOn", "2026-11-01"))));
        assertEquals(400, tomas.post("/sessions", null).status());

        ApiClient.Reply many = tomas.post("/sessions", json("relationshipId", relationship, "heldOn", "1st of November",
                "durationMinutes", -30, "topics", "t".repeat(451), "sharedNotes", "n".repeat(10_001), "nextMeetingOn", "2026-13-01",
                "privateNote", "p".repeat(10_001), "actionItems", List.of(Map.of("text", ""), Map.of("text", "Fine", "ownerKey", "u-zoe"))));
        assertEquals(400, many.status());
        assertEquals(Set.of("heldOn", "durationMinutes", "topics", "sharedNotes", "nextMeetingOn", "privateNote", "actionItems[0].text"),
                fields(many));
        assertEquals("Use a date written as YYYY-MM-DD.", many.errors().get("heldOn").asText());
        assertEquals("Use a whole number from 1 to 1,440.", many.errors().get("durationMinutes").asText());
        assertEquals("Use at most 10,000 characters.", many.errors().get("sharedNotes").asText());
        assertEquals(Set.of("actionItems[1].ownerKey"), fields(tomas.post("/sessions", json("relationshipId", relationship,
                "heldOn", "2026-11-01", "actionItems", List.of(Map.of("text", "Fine"), Map.of("text", "Zoë's", "ownerKey", "u-zoe"))))));
        assertEquals(Set.of("heldOn"), fields(tomas.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-03"))));
        assertEquals(0, total(tomas));

        assertEquals(Set.of("relationshipId"), fields(tomas.get("/sessions")));
        assertEquals(Set.of("relationshipId", "startAt", "maxResults"),
                fields(tomas.get("/sessions?relationshipId=abc&startAt=-1&maxResults=101")));

        long id = logByMara("2026-11-01");
        assertEquals(Set.of("heldOn", "durationMinutes"), fields(tomas.put("/sessions/" + id, json("durationMinutes", 0, "version", 1))));
        assertEquals(Set.of("privateNote"), fields(tomas.put("/sessions/" + id, json("heldOn", "2026-11-01", "privateNote", "sneaky"))));
        assertEquals(Set.of("text"), fields(tomas.post("/sessions/" + id + "/action-items", json("text", "x".repeat(256)))));
        assertEquals(Set.of("dueOn"), fields(tomas.put("/sessions/" + id + "/action-items/"
                + tomas.get("/sessions/" + id).json().get("actionItems").get(0).get("id").asLong(), json("dueOn", "tomorrow"))));
        assertEquals(SHARED, tomas.get("/sessions/" + id).json().get("sharedNotes").asText());
        assertEquals(1, tomas.get("/sessions/" + id).json().get("version").asInt());

        ApiClient.Reply form = tomas.postAs("/sessions", "application/x-www-form-urlencoded", "relationshipId=" + relationship, null);
        assertEquals("a cross-site form post is refused", 403, form.status());
        assertEquals(401, new ApiClient(host, null).get("/sessions?relationshipId=" + relationship).status());
        assertEquals(1, total(tomas));
    }

    @Test
    public void onlyTheMembersReadTheLogOthersCannotTellItExists() {
        long id = logByMara("2026-11-01");
        tomas.put("/sessions/" + id + "/private-note", json("text", MENTEE_PRIVATE));
        long item = tomas.get("/sessions/" + id).json().get("actionItems").get(0).get("id").asLong();

        ApiClient zoe = new ApiClient(host, "zoe");
        ApiClient.Reply hidden = zoe.get("/sessions/" + id);
        assertEquals(404, hidden.status());
        assertEquals("identical to a missing one", zoe.get("/sessions/999999").body(), hidden.body());
        assertEquals(404, zoe.get("/sessions?relationshipId=" + relationship).status());
        assertEquals(zoe.get("/sessions?relationshipId=999999").body(), zoe.get("/sessions?relationshipId=" + relationship).body());
        assertEquals(404, zoe.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-01")).status());

        for (String name : List.of("pam", "ada")) {
            ApiClient other = new ApiClient(host, name);
            assertEquals(name, 404, other.get("/sessions/" + id).status());
            assertEquals(name, 404, other.get("/sessions?relationshipId=" + relationship).status());
            assertEquals(name, 403, other.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-01")).status());
            assertEquals(name, 404, other.put("/sessions/" + id, json("heldOn", "2026-11-01", "sharedNotes", "x")).status());
            assertEquals(name, 404, other.put("/sessions/" + id + "/private-note", json("text", "x")).status());
            assertEquals(name, 404, other.delete("/sessions/" + id + "/private-note").status());
            assertEquals(name, 404, other.post("/sessions/" + id + "/action-items", json("text", "x")).status());
            assertEquals(name, 404, other.put("/sessions/" + id + "/action-items/" + item, json("done", true)).status());
            assertEquals(name, 404, other.post("/sessions/" + id + "/action-items/" + item + "/goal", "{}").status());
            for (String path : List.of("/sessions/" + id, "/sessions?relationshipId=" + relationship, "/relationships/" + relationship,
                    "/relationships", "/goals?relationshipId=" + relationship)) {
                String body = other.get(path).body();
                assertFalse(name + " " + path, body.contains("SECRET") || body.contains(SHARED));
            }
        }
        assertEquals("nothing they tried changed the session", SHARED, mara.get("/sessions/" + id).json().get("sharedNotes").asText());
        assertEquals(MENTOR_PRIVATE, mara.get("/sessions/" + id).json().get("privateNote").asText());
        assertEquals(MENTEE_PRIVATE, tomas.get("/sessions/" + id).json().get("privateNote").asText());
    }

    @Test
    public void relationshipsFlagAnOverdueMeetingForMembersAndProgramManagers() {
        mara.put("/relationships/" + relationship + "/agreement", json("objectives", "Grow", "cadence", "WEEKLY"));
        JsonNode fresh = tomas.get("/relationships/" + relationship).json();
        assertEquals("2026-11-09", fresh.get("nextMeetingOn").asText());
        assertFalse(fresh.get("meetingOverdue").asBoolean());
        assertEquals(0, fresh.get("sessionCount").asInt());

        clock.advance(Duration.ofDays(8));
        assertTrue(tomas.get("/relationships/" + relationship).json().get("meetingOverdue").asBoolean());
        assertTrue("in lists too", tomas.get("/relationships").json().get("values").get(0).get("meetingOverdue").asBoolean());
        assertTrue(new ApiClient(host, "pam").get("/relationships/" + relationship).json().get("meetingOverdue").asBoolean());
        JsonNode admin = new ApiClient(host, "ada").get("/relationships/" + relationship).json();
        assertTrue("administrators do not see the meeting schedule", admin.get("meetingOverdue").isNull());
        assertTrue(admin.get("nextMeetingOn").isNull());

        mara.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-10", "nextMeetingOn", "2026-11-24"));
        JsonNode after = mara.get("/relationships").json().get("values").get(0);
        assertFalse(after.get("meetingOverdue").asBoolean());
        assertEquals("2026-11-24", after.get("nextMeetingOn").asText());
        assertEquals("2026-11-10", after.get("lastSessionOn").asText());
        assertEquals(1, after.get("sessionCount").asInt());
    }

    @Test
    public void theLogIsKeptWhileThePairMeetsAndAlumniKeepInTouch() {
        tomas.post("/relationships/" + relationship + "/pause", null);
        ApiClient.Reply paused = tomas.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-01"));
        assertEquals(409, paused.status());
        assertEquals("Sessions are logged while the mentorship is active or keeping in touch.", paused.errors().get("status").asText());
        mara.post("/relationships/" + relationship + "/resume", null);
        long id = logByMara("2026-11-01");
        long item = tomas.get("/sessions/" + id).json().get("actionItems").get(0).get("id").asLong();
        mara.post("/relationships/" + relationship + "/complete", null);
        assertEquals(409, tomas.put("/sessions/" + id, json("heldOn", "2026-11-01", "sharedNotes", "late edit")).status());
        mara.post("/relationships/" + relationship + "/keep-in-touch", null);
        tomas.post("/relationships/" + relationship + "/keep-in-touch", null);
        assertEquals(201, tomas.post("/sessions", json("relationshipId", relationship, "heldOn", "2026-11-02", "sharedNotes", "Coffee")).status());
        ApiClient.Reply refused = tomas.post("/sessions/" + id + "/action-items/" + item + "/goal", "{}");
        assertEquals("the goal rules refuse new goals for alumni", 409, refused.status());
        assertTrue(tomas.get("/sessions/" + id).json().get("actionItems").get(0).get("goalId").isNull());
    }
}
