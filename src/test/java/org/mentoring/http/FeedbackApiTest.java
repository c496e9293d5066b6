package org.mentoring.http;

import org.mentoring.testing.FormalProgram;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/** The feedback API over HTTP: the contract, errors, who reads what, and blind rounds that reveal nothing early. */
public class FeedbackApiTest {
    private static final String SECRET = "Blind-secret-7c1f";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private ApiClient pam;
    private ApiClient ada;
    private ApiClient zoe;
    private long relationship;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        pam = new ApiClient(host, "pam");
        ada = new ApiClient(host, "ada");
        zoe = new ApiClient(host, "zoe");
        relationship = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "kind", "FORMAL", "programId", program))
                .json().get("id").asLong();
        assertEquals(200, mara.post("/relationships/" + relationship + "/accept", null).status());
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private JsonNode give(ApiClient who, Object... fields) {
        List<Object> all = new ArrayList<>(List.of("relationshipId", relationship));
        all.addAll(List.of(fields));
        ApiClient.Reply r = who.post("/feedback", json(all.toArray()));
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }

    private static Set<String> fields(ApiClient.Reply reply) {
        Set<String> names = new TreeSet<>();
        reply.errors().fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("values").forEach(v -> texts.add(v.get("text").asText()));
        return texts;
    }

    @Test
    public void giveReadEditAcknowledgeAndDiscussOverHttp() {
        ApiClient.Reply created = mara.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH",
                "text", "You chaired the incident review well ✓", "ratings", List.of(Map.of("competency", "Facilitation", "score", 4)),
                "pageId", "65538"));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals(host.rest() + "/feedback/" + id, created.raw().headers().firstValue("Location").orElseThrow());
        JsonNode f = tomas.get("/feedback/" + id).json();
        assertEquals("u-mara", f.get("author").get("key").asText());
        assertEquals("u-tomas", f.get("recipient").get("key").asText());
        assertEquals("STRENGTH", f.get("kind").asText());
        assertEquals("Facilitation", f.get("ratings").get(0).get("competency").asText());
        assertEquals(4, f.get("ratings").get(0).get("score").asInt());
        assertEquals("65538", f.get("pageId").asText());
        assertEquals("PAIR", f.get("visibility").asText());
        assertEquals(1, f.get("version").asInt());
        assertEquals("[\"acknowledge\",\"reply\"]", f.get("actions").toString());
        assertEquals("[\"reply\",\"edit\"]", mara.get("/feedback/" + id).json().get("actions").toString());

        JsonNode edited = mara.put("/feedback/" + id, json("kind", "STRENGTH", "text", "You chaired the incident review calmly",
                "ratings", List.of(Map.of("competency", "Facilitation", "score", 5)), "version", 1)).json();
        assertEquals(2, edited.get("version").asInt());
        assertEquals("2026-11-02T09:00:00Z", edited.get("editedAt").asText());
        ApiClient.Reply stale = mara.put("/feedback/" + id, json("kind", "GROWTH", "text", "x", "version", 1));
        assertEquals(409, stale.status());
        assertEquals(Set.of("version"), fields(stale));
        JsonNode versions = tomas.get("/feedback/" + id + "/versions").json();
        assertEquals(1, versions.get("total").asInt());
        assertEquals("You chaired the incident review well ✓", versions.get("values").get(0).get("text").asText());
        assertEquals(4, versions.get("values").get(0).get("ratings").get(0).get("score").asInt());

        assertEquals(403, mara.post("/feedback/" + id + "/acknowledge", null).status());
        JsonNode acknowledged = tomas.post("/feedback/" + id + "/acknowledge", null).json();
        assertFalse(acknowledged.get("acknowledgedAt").isNull());
        ApiClient.Reply twice = tomas.post("/feedback/" + id + "/acknowledge", null);
        assertEquals(409, twice.status());
        assertEquals("This feedback has already been acknowledged.", twice.json().get("errorMessages").get(0).asText());

        ApiClient.Reply reply = tomas.post("/feedback/" + id + "/replies", json("text", "Thank you, it was stressful"));
        assertEquals(201, reply.status());
        assertEquals("u-tomas", reply.json().get("author").get("key").asText());
        assertEquals(201, mara.post("/feedback/" + id + "/replies", json("text", "It didn't show")).status());
        JsonNode thread = mara.get("/feedback/" + id + "/replies?maxResults=1&startAt=1").json();
        assertEquals(2, thread.get("total").asInt());
        assertTrue(thread.get("isLast").asBoolean());
        assertEquals("It didn't show", thread.get("values").get(0).get("text").asText());
        assertEquals(2, mara.get("/feedback/" + id).json().get("replyCount").asInt());

        give(tomas, "kind", "LEARNED", "text", "How to run a blameless review");
        JsonNode page = mara.get("/feedback?relationshipId=" + relationship + "&maxResults=1").json();
        assertEquals(2, page.get("total").asInt());
        assertFalse(page.get("isLast").asBoolean());
        assertEquals(List.of("How to run a blameless review"), texts(page));

        clock.advance(Duration.ofHours(24));
        ApiClient.Reply late = mara.put("/feedback/" + id, json("kind", "STRENGTH", "text", "Too late", "version", 2));
        assertEquals(409, late.status());
        assertThat(late.json().get("errorMessages").get(0).asText(), containsString("24 hours"));
    }

    @Test
    public void feedbackAboutAGoalIsListedByGoal() {
        long goal = tomas.post("/goals", json("relationshipId", relationship, "title", "Lead the design review")).json().get("id").asLong();
        give(mara, "kind", "GROWTH", "text", "Send the agenda earlier", "goalId", goal);
        give(mara, "kind", "STRENGTH", "text", "Unrelated");
        JsonNode onGoal = tomas.get("/feedback?relationshipId=" + relationship + "&goalId=" + goal).json();
        assertEquals(List.of("Send the agenda earlier"), texts(onGoal));
        assertEquals(goal, onGoal.get("values").get(0).get("goalId").asLong());
        assertEquals(Set.of("goalId"), fields(mara.post("/feedback", json("relationshipId", relationship, "kind", "GROWTH",
                "text", "x", "goalId", 999999))));
    }

    @Test
    public void badInputIsNamedFieldByFieldAndChangesNothing() {
        ApiClient.Reply notJson = mara.post("/feedback", "{\"kind\":");
        assertEquals(400, notJson.status());
        assertEquals("The request body is not valid JSON.", notJson.json().get("errorMessages").get(0).asText());
        assertEquals(Set.of("mood"), fields(mara.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "x",
                "mood", "happy"))));
        assertEquals(Set.of("goalId"), fields(mara.post("/feedback", "{\"relationshipId\":" + relationship
                + ",\"kind\":\"STRENGTH\",\"text\":\"x\",\"goalId\":\"first\"}")));
        assertEquals(Set.of("relationshipId"), fields(mara.post("/feedback", json("kind", "STRENGTH", "text", "x"))));
        ApiClient.Reply missing = mara.post("/feedback", json("relationshipId", relationship));
        assertEquals(Set.of("kind", "text"), fields(missing));
        assertEquals("This field is required.", missing.errors().get("text").asText());
        ApiClient.Reply everything = mara.post("/feedback", json("relationshipId", relationship, "kind", "PRAISE", "text", "x".repeat(10_001),
                "visibility", "PRIVATE", "pageId", "page-1", "ratings", List.of(Map.of("competency", "Focus", "score", 6))));
        assertEquals(Set.of("kind", "pageId", "ratings", "text", "visibility"), fields(everything));
        assertEquals("Use one of: STRENGTH, GROWTH, LEARNED.", everything.errors().get("kind").asText());
        assertEquals("Use one of: PAIR, PROGRAM.", everything.errors().get("visibility").asText());
        assertEquals("Use at most 10,000 characters.", everything.errors().get("text").asText());
        for (Object score : List.of(4.5, "4", 0, -1)) {
            ApiClient.Reply bad = mara.post("/feedback", json("relationshipId", relationship, "kind", "GROWTH", "text", "x",
                    "ratings", List.of(Map.of("competency", "Focus", "score", score))));
            assertEquals(score + ": " + bad.body(), Set.of("ratings"), fields(bad));
        }
        assertEquals(Set.of("ratings"), fields(mara.post("/feedback", json("relationshipId", relationship, "kind", "GROWTH", "text", "x",
                "ratings", List.of(Map.of("competency", "x".repeat(41), "score", 3))))));
        assertEquals(Set.of("ratings"), fields(mara.post("/feedback", json("relationshipId", relationship, "kind", "GROWTH", "text", "x",
                "ratings", List.of(Map.of("competency", "a", "score", 1), Map.of("competency", "b", "score", 1),
                        Map.of("competency", "c", "score", 1), Map.of("competency", "d", "score", 1), Map.of("competency", "e", "score", 1),
                        Map.of("competency", "f", "score", 1))))));
        assertEquals(Set.of("relationshipId"), fields(mara.get("/feedback")));
        assertEquals(Set.of("relationshipId", "startAt"), fields(mara.get("/feedback?relationshipId=abc&startAt=-1")));
        assertEquals(403, mara.postAs("/feedback", "text/plain", json("relationshipId", relationship, "kind", "STRENGTH", "text", "x"), null)
                .status());
        assertEquals(0, mara.get("/feedback?relationshipId=" + relationship).json().get("total").asInt());

        long id = give(mara, "kind", "STRENGTH", "text", "Fine").get("id").asLong();
        assertEquals(Set.of("relationshipId"), fields(mara.put("/feedback/" + id, json("relationshipId", 1, "kind", "GROWTH", "text", "x"))));
        assertEquals(Set.of("text"), fields(tomas.post("/feedback/" + id + "/replies", json("text", " "))));
        assertEquals(Set.of("text"), fields(tomas.post("/feedback/" + id + "/replies", json("text", "x".repeat(4001)))));
        assertEquals(Set.of("days"), fields(mara.post("/feedback/rounds", json("relationshipId", relationship, "days", 31))));
        assertEquals(Set.of("relationshipId"), fields(mara.post("/feedback/rounds", json("days", 3))));
        assertEquals("Fine", mara.get("/feedback/" + id).json().get("text").asText());
        assertEquals(0, tomas.get("/feedback/" + id + "/replies").json().get("total").asInt());
    }

    @Test
    public void eachRoleReadsWhatItMayAndNoMore() {
        long pair = give(mara, "kind", "GROWTH", "text", "Pair only").get("id").asLong();
        long shared = give(tomas, "kind", "LEARNED", "text", "Shared with the program", "visibility", "PROGRAM").get("id").asLong();

        assertEquals(List.of("Shared with the program"), texts(pam.get("/feedback?relationshipId=" + relationship).json()));
        assertEquals(1, pam.get("/feedback?relationshipId=" + relationship).json().get("total").asInt());
        assertEquals("[]", pam.get("/feedback/" + shared).json().get("actions").toString());
        assertEquals(404, pam.get("/feedback/" + pair).status());
        assertEquals(404, pam.get("/feedback/" + pair + "/versions").status());
        assertEquals(403, pam.post("/feedback/" + shared + "/replies", json("text", "Nice")).status());
        assertEquals(403, pam.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "x")).status());

        String missing = zoe.get("/feedback/999999").body();
        for (ApiClient nobody : List.of(ada, zoe)) {
            for (long id : List.of(pair, shared)) {
                ApiClient.Reply hidden = nobody.get("/feedback/" + id);
                assertEquals(404, hidden.status());
                assertEquals(missing, hidden.body());
                assertEquals(404, nobody.get("/feedback/" + id + "/replies").status());
                assertEquals(404, nobody.post("/feedback/" + id + "/acknowledge", null).status());
            }
            assertEquals(404, nobody.get("/feedback?relationshipId=" + relationship).status());
            assertEquals(404, nobody.get("/feedback/rounds?relationshipId=" + relationship).status());
        }
        assertEquals("admins know the relationship exists but write nothing in it", 403,
                ada.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "x")).status());
        assertEquals(404, zoe.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "x")).status());
        assertEquals(401, new ApiClient(host, null).get("/feedback?relationshipId=" + relationship).status());
        assertEquals(401, new ApiClient(host, null).get("/feedback/" + pair).status());
        assertEquals(2, mara.get("/feedback?relationshipId=" + relationship).json().get("total").asInt());
    }

    @Test
    public void aBlindRoundRevealsNothingEarlyOverHttp() {
        ApiClient.Reply opened = tomas.post("/feedback/rounds", json("relationshipId", relationship, "days", 3));
        assertEquals(opened.body(), 201, opened.status());
        long round = opened.json().get("id").asLong();
        assertEquals(host.rest() + "/feedback/rounds/" + round, opened.raw().headers().firstValue("Location").orElseThrow());
        assertEquals("OPEN", opened.json().get("state").asText());
        assertEquals("2026-11-05T09:00:00Z", opened.json().get("deadline").asText());
        assertEquals(409, mara.post("/feedback/rounds", json("relationshipId", relationship)).status());

        JsonNode mine = give(mara, "roundId", round, "kind", "GROWTH", "text", SECRET, "visibility", "PROGRAM",
                "ratings", List.of(Map.of("competency", "Delegation-" + SECRET, "score", 1)));
        assertTrue(mine.get("hidden").asBoolean());
        assertEquals("2026-11-05T09:00:00Z", mine.get("revealsAt").asText());
        long id = mine.get("id").asLong();

        for (ApiClient early : List.of(tomas, pam)) {
            ApiClient.Reply list = early.get("/feedback?relationshipId=" + relationship);
            assertThat(list.body(), not(containsString(SECRET)));
            assertThat(list.body(), not(containsString("GROWTH")));
            assertEquals(0, list.json().get("total").asInt());
            assertEquals(early.get("/feedback/999999").body(), early.get("/feedback/" + id).body());
            assertEquals(404, early.get("/feedback/" + id + "/versions").status());
            assertEquals(404, early.get("/feedback/" + id + "/replies").status());
            assertThat(early.get("/feedback/rounds/" + round).body(), not(containsString(SECRET)));
        }
        JsonNode state = tomas.get("/feedback/rounds/" + round).json();
        assertTrue("that the other side submitted is all there is to know", state.get("mentorSubmitted").asBoolean());
        assertFalse(state.get("menteeSubmitted").asBoolean());
        assertTrue(state.get("viewerMaySubmit").asBoolean());
        assertFalse(mara.get("/feedback/rounds/" + round).json().get("viewerMaySubmit").asBoolean());
        assertEquals(409, mara.post("/feedback", json("relationshipId", relationship, "roundId", round, "kind", "GROWTH", "text", "again"))
                .status());

        give(tomas, "roundId", round, "kind", "STRENGTH", "text", "Always prepared");
        ApiClient.Reply revealed = tomas.get("/feedback?relationshipId=" + relationship);
        assertEquals(List.of("Always prepared", SECRET), texts(revealed.json()));
        assertEquals(1, tomas.get("/feedback/" + id).json().get("ratings").get(0).get("score").asInt());
        assertFalse(tomas.get("/feedback/" + id).json().get("hidden").asBoolean());
        assertEquals(List.of(SECRET), texts(pam.get("/feedback?relationshipId=" + relationship).json()));
        JsonNode rounds = pam.get("/feedback/rounds?relationshipId=" + relationship).json();
        assertEquals(1, rounds.get("total").asInt());
        assertEquals("REVEALED", rounds.get("values").get(0).get("state").asText());
        assertEquals(409, mara.put("/feedback/" + id, json("kind", "GROWTH", "text", "Softened after reading theirs")).status());
    }

    @Test
    public void theDeadlineRevealsARoundOverHttp() {
        long round = mara.post("/feedback/rounds", json("relationshipId", relationship, "days", 1)).json().get("id").asLong();
        long id = give(tomas, "roundId", round, "kind", "LEARNED", "text", SECRET).get("id").asLong();
        assertEquals(404, mara.get("/feedback/" + id).status());
        clock.advance(Duration.ofDays(1));
        assertEquals(SECRET, mara.get("/feedback/" + id).json().get("text").asText());
        assertEquals("REVEALED", mara.get("/feedback/rounds/" + round).json().get("state").asText());
        assertEquals(409, mara.post("/feedback", json("relationshipId", relationship, "roundId", round, "kind", "GROWTH", "text", "late"))
                .status());
    }
}
