package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.testing.TestHost;

/**
 * /programs/{id}/matching over HTTP, as a program's manager runs it: a run proposes the optimal pairs with each
 * score's terms and says why anyone is left over; pins and forbids change the next run; publishing proposes every pair
 * as a formal relationship, once; a declined pair returns both people to the pool and is never proposed again.
 */
public class MatchingApiTest {
    private TestHost host;
    private final Map<String, ApiClient> as = new HashMap<>();
    private String base;

    @Before
    public void start() throws Exception {
        host = TestHost.startWith(new InMemoryUserDirectory(List.of(
                new Person("u-mara", "mara", "Mara Okafor", true), new Person("u-otto", "otto", "Otto Berg", true),
                new Person("u-tomas", "tomas", "Tomáš Novák", true), new Person("u-zoe", "zoe", "Zoë Lindqvist", true),
                new Person("u-jana", "jana", "Jana Dvořák", true), new Person("u-pam", "pam", "Pam Adeyemi", true),
                new Person("u-pia", "pia", "Pia Manager", true), new Person("u-ada", "ada", "Ada Admin", true)), Set.of("u-ada")));
        for (String who : List.of("mara", "otto", "tomas", "zoe", "jana", "pam", "pia", "ada")) {
            as.put(who, new ApiClient(host, who));
        }
        ApiClient ada = as.get("ada");
        assertEquals(201, ada.post("/skills", json("name", "Kotlin")).status());
        assertEquals(201, ada.post("/skills", json("name", "Java")).status());
        profile("mara", json("offersMentoring", true, "capacity", 1, "languages", List.of("en"), "hoursPerMonth", 4,
                "mentors", List.of(Map.of("skill", "Kotlin", "level", 5))));
        profile("otto", json("offersMentoring", true, "capacity", 1, "languages", List.of("en"), "hoursPerMonth", 4,
                "mentors", List.of(Map.of("skill", "Java", "level", 4))));
        profile("tomas", json("seeksMentor", true, "languages", List.of("en"), "grows", List.of(Map.of("skill", "Kotlin", "level", 1))));
        profile("zoe", json("seeksMentor", true, "languages", List.of("en"), "grows", List.of(Map.of("skill", "Java", "level", 1))));
        profile("jana", json("seeksMentor", true, "languages", List.of("cs")));
        long program = ada.post("/programs", json("name", "Onboarding", "kind", "ALWAYS_ON", "autoApprove", true)).json().get("id").asLong();
        base = "/programs/" + program;
        assertEquals(204, ada.put(base + "/managers/u-pam", "{}").status());
        long other = ada.post("/programs", json("name", "Other", "kind", "ALWAYS_ON")).json().get("id").asLong();
        assertEquals(204, ada.put("/programs/" + other + "/managers/u-pia", "{}").status());
        assertEquals(200, ada.post(base + "/open", json("version", ada.get(base).json().get("version").asInt())).status());
        for (String mentor : List.of("mara", "otto")) {
            assertEquals(201, as.get(mentor).post(base + "/enrolments", json("asMentor", true)).status());
        }
        for (String mentee : List.of("tomas", "zoe", "jana")) {
            assertEquals(201, as.get(mentee).post(base + "/enrolments", json("asMentee", true)).status());
        }
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private void profile(String who, String body) {
        ApiClient.Reply r = as.get(who).put("/profiles/me", body);
        assertEquals(r.body(), 200, r.status());
    }

    private JsonNode run() {
        ApiClient.Reply r = as.get("pam").post(base + "/matching/runs", "{}");
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }

    private Map<String, String> pairs() {
        Map<String, String> pairs = new HashMap<>();
        for (JsonNode p : as.get("pam").get(base + "/matching/pairs").json().get("values")) {
            pairs.put(p.get("mentee").get("key").asText(), p.get("mentor").get("key").asText());
        }
        return pairs;
    }

    @Test
    public void aRunProposesTheBestPairsExplainedAndSaysWhoIsLeftAndWhy() {
        JsonNode run = run();
        assertEquals(1, run.get("seq").asInt());
        assertEquals(2, run.get("matched").asInt());
        assertEquals(1, run.get("unmatched").asInt());
        assertEquals(Map.of("u-tomas", "u-mara", "u-zoe", "u-otto"), pairs());
        JsonNode first = as.get("pam").get(base + "/matching/pairs").json().get("values").get(0);
        assertEquals("u-tomas", first.get("mentee").get("key").asText());
        assertEquals("skills", first.get("terms").get(0).get("name").asText());
        assertEquals("Kotlin", first.get("matchedSkills").get(0).asText());
        assertEquals("English", first.get("sharedLanguages").get(0).asText());
        JsonNode unmatched = as.get("pam").get(base + "/matching/unmatched").json();
        assertEquals(1, unmatched.get("total").asInt());
        assertEquals("u-jana", unmatched.get("values").get(0).get("mentee").get("key").asText());
        assertEquals("LANGUAGE", unmatched.get("values").get(0).get("reason").asText());
        assertEquals("No mentor with room speaks Czech.", unmatched.get("values").get(0).get("reasonText").asText());
        assertEquals(1, as.get("pam").get(base + "/matching").json().get("run").get("seq").asInt());
    }

    @Test
    public void pinsAndForbidsChangeTheNextRun() {
        run();
        ApiClient.Reply pin = as.get("pam").put(base + "/matching/rules", json("menteeKey", "u-zoe", "mentorKey", "u-mara", "kind", "PIN"));
        assertEquals(pin.body(), 200, pin.status());
        run();
        assertEquals(Map.of("u-zoe", "u-mara", "u-tomas", "u-otto"), pairs());
        ApiClient.Reply forbid = as.get("pam").put(base + "/matching/rules", json("menteeKey", "u-tomas", "mentorKey", "u-otto", "kind", "FORBID"));
        assertEquals(200, forbid.status());
        run();
        assertEquals(Map.of("u-zoe", "u-mara"), pairs());
        JsonNode left = as.get("pam").get(base + "/matching/unmatched").json().get("values");
        assertEquals(2, left.size());
        assertEquals("EXCLUDED", left.get(0).get("reason").asText());
        assertEquals(2, as.get("pam").get(base + "/matching/rules").json().get("total").asInt());
        assertEquals(204, as.get("pam").delete(base + "/matching/rules/" + pin.json().get("id").asLong()).status());
        assertEquals(204, as.get("pam").delete(base + "/matching/rules/" + forbid.json().get("id").asLong()).status());
        run();
        assertEquals(Map.of("u-tomas", "u-mara", "u-zoe", "u-otto"), pairs());
        assertEquals("a pin that breaks a hard rule", 409, as.get("pam").put(base + "/matching/rules",
                json("menteeKey", "u-jana", "mentorKey", "u-mara", "kind", "PIN")).status());
        ApiClient.Reply bad = as.get("pam").put(base + "/matching/rules", json("menteeKey", "u-mara", "mentorKey", "u-zoe", "kind", "MAYBE"));
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.json().get("errors").has("kind"));
        ApiClient.Reply roles = as.get("pam").put(base + "/matching/rules", json("menteeKey", "u-mara", "mentorKey", "u-zoe", "kind", "PIN"));
        assertEquals(400, roles.status());
        assertTrue(roles.body(), roles.json().get("errors").has("menteeKey") && roles.json().get("errors").has("mentorKey"));
    }

    @Test
    public void publishingProposesEveryPairOnceAndADeclineReturnsBothToThePool() {
        int seq = run().get("seq").asInt();
        assertEquals("the run the manager saw must be the latest", 409, as.get("pam").post(base + "/matching/publish", json("run", seq + 1)).status());
        assertEquals(400, as.get("pam").post(base + "/matching/publish", "{}").status());
        ApiClient.Reply published = as.get("pam").post(base + "/matching/publish", json("run", seq));
        assertEquals(published.body(), 200, published.status());
        assertEquals(2, published.json().get("proposed").asInt());
        assertTrue(published.json().get("run").get("published").asBoolean());
        assertEquals("once", 409, as.get("ada").post(base + "/matching/publish", json("run", seq)).status());

        JsonNode proposal = as.get("mara").get("/relationships").json().get("values").get(0);
        assertEquals("PROPOSED", proposal.get("status").asText());
        assertEquals("FORMAL", proposal.get("kind").asText());
        long relationship = proposal.get("id").asLong();
        JsonNode first = as.get("pam").get(base + "/matching/pairs").json().get("values").get(0);
        assertEquals(relationship, first.get("relationshipId").asLong());
        assertEquals("WAITING_FOR_BOTH", first.get("standing").get("outcome").asText());
        assertEquals("PROPOSED", first.get("standing").get("status").asText());
        assertEquals(200, as.get("mara").post("/relationships/" + relationship + "/decline", "{}").status());
        JsonNode declined = as.get("pam").get(base + "/matching/pairs").json().get("values").get(0);
        assertEquals("DECLINED", declined.get("standing").get("outcome").asText());
        java.util.Set<String> fields = new java.util.HashSet<>();
        declined.get("standing").fieldNames().forEachRemaining(fields::add);
        assertEquals("the status, nothing of the relationship's content", java.util.Set.of("outcome", "status"), fields);

        run();
        Map<String, String> next = pairs();
        assertTrue("zoe's proposal stands: she is not in the pool", !next.containsKey("u-zoe"));
        assertTrue("tomas and mara declined: never again", !"u-mara".equals(next.get("u-tomas")));
        JsonNode left = as.get("pam").get(base + "/matching/unmatched").json().get("values");
        assertTrue("tomas is back in the pool", left.toString().contains("u-tomas"));
    }

    @Test
    public void onlyTheProgramsManagersAndAdministratorsMatch() {
        for (String who : List.of("tomas", "mara", "pia")) {
            assertEquals(who, 404, as.get(who).get(base + "/matching").status());
            assertEquals(who, 404, as.get(who).post(base + "/matching/runs", "{}").status());
        }
        assertEquals(201, as.get("ada").post(base + "/matching/runs", "{}").status());
        assertEquals(200, as.get("ada").get(base + "/matching/pairs").status());
    }

    /**
     * A published pair is answered by both members: each accepts once, the second acceptance starts it; its program's
     * manager and an administrator see it but may not answer it (403); the manager of another program and anyone else
     * find nothing (404); the page of the mentee says what waits for them.
     */
    @Test
    public void aPublishedPairIsAnsweredByBothMembersAndNobodyElse() {
        int seq = run().get("seq").asInt();
        assertEquals(200, as.get("pam").post(base + "/matching/publish", json("run", seq)).status());
        JsonNode proposal = as.get("tomas").get("/relationships?status=PROPOSED").json().get("values").get(0);
        long id = proposal.get("id").asLong();
        assertEquals("u-pam", proposal.get("proposedBy").asText());
        assertTrue("nobody in particular is invited: both answer", !proposal.hasNonNull("invitee"));
        assertEquals("[\"accept\",\"decline\"]", proposal.get("actions").toString());
        String accept = "/relationships/" + id + "/accept";
        for (String who : List.of("pia", "zoe", "otto", "jana")) {
            assertEquals(who, 404, as.get(who).post(accept, "{}").status());
        }
        for (String who : List.of("pam", "ada")) {
            assertEquals(who, 403, as.get(who).post(accept, "{}").status());
        }
        ApiClient.Reply first = as.get("tomas").post(accept, "{}");
        assertEquals(first.body(), 200, first.status());
        assertEquals("PROPOSED", first.json().get("status").asText());
        assertEquals("[\"decline\"]", first.json().get("actions").toString());
        assertEquals("accepting twice", 409, as.get("tomas").post(accept, "{}").status());
        ApiClient.Reply second = as.get("mara").post(accept, "{}");
        assertEquals(second.body(), 200, second.status());
        assertEquals("ACTIVE", second.json().get("status").asText());
    }
}
