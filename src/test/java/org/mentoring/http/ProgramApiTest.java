package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/**
 * /programs over HTTP: every endpoint for every kind of caller (anonymous, an administrator, the program's manager,
 * a manager of another program, anyone else), and the error contract.
 */
public class ProgramApiTest {
    private TestHost host;
    private ApiClient anonymous;
    private ApiClient ada;
    private ApiClient pam;
    private ApiClient zoe;
    private ApiClient tomas;
    private long onboarding;
    private long leadership;

    static String cohort(String name) {
        return json("name", name, "description", "Six months", "objectives", "Ship a first feature", "kind", "COHORT",
                "startsOn", "2027-01-04", "endsOn", "2027-06-30", "enrolUntil", "2026-12-20", "cadence", "WEEKLY",
                "mentorCap", 2, "weights", Map.of("skill", 8, "language", 4));
    }

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        anonymous = new ApiClient(host, null);
        ada = new ApiClient(host, "ada");
        pam = new ApiClient(host, "pam");
        zoe = new ApiClient(host, "zoe");
        tomas = new ApiClient(host, "tomas");
        ApiClient.Reply created = ada.post("/programs", cohort("Onboarding"));
        assertEquals(created.body(), 201, created.status());
        onboarding = created.json().get("id").asLong();
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/programs/" + onboarding));
        leadership = ada.post("/programs", cohort("Leadership")).json().get("id").asLong();
        assertEquals(204, ada.put("/programs/" + onboarding + "/managers/u-pam", "{}").status());
        assertEquals(204, ada.put("/programs/" + leadership + "/managers/u-zoe", "{}").status());
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    /** Each request on the onboarding program, with the status each caller gets: ada, pam, zoe, tomas, anonymous. */
    private Map<String, Function<ApiClient, ApiClient.Reply>> requests() {
        Map<String, Function<ApiClient, ApiClient.Reply>> r = new LinkedHashMap<>();
        r.put("GET program 200 200 404 404 401", c -> c.get(base()));
        r.put("PUT program 200 403 404 404 401", c -> c.put(base(), withVersion(cohort("Renamed"), version())));
        r.put("GET history 200 200 404 404 401", c -> c.get(base() + "/history"));
        r.put("GET managers 200 200 404 404 401", c -> c.get(base() + "/managers"));
        r.put("PUT manager 204 403 404 404 401", c -> c.put(base() + "/managers/u-mara", "{}"));
        r.put("DELETE manager 204 403 404 404 401", c -> c.delete(base() + "/managers/u-pam"));
        r.put("POST close 200 200 404 404 401", c -> c.post(base() + "/close", json("version", version())));
        r.put("POST create 201 403 403 403 401", c -> c.post("/programs", cohort("Another")));
        return r;
    }

    private String base() {
        return "/programs/" + onboarding;
    }

    private static String withVersion(String body, int version) {
        try {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) ApiClient.JSON.readTree(body);
            return node.put("version", version).toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private int version() {
        return ada.get("/programs/" + onboarding).json().get("version").asInt();
    }

    @Test
    public void everyEndpointAnswersEachCallerAsThePolicySays() {
        List<String> wrong = new ArrayList<>();
        for (var e : requests().entrySet()) {
            String[] words = e.getKey().split(" ");
            for (int i = 4; i >= 0; i--) {
                if (i <= 1) {
                    // only the administrator and the manager may change anything: each on a program of its own
                    freshProgram();
                }
                ApiClient.Reply reply = e.getValue().apply(new ApiClient[] {ada, pam, zoe, tomas, anonymous}[i]);
                if (reply.status() != Integer.parseInt(words[2 + i])) {
                    wrong.add(words[0] + " " + words[1] + " as caller " + i + ": " + reply.status() + " " + reply.body());
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    /** A new onboarding program managed by Pam, so one caller's change never decides the next one's answer. */
    private void freshProgram() {
        onboarding = ada.post("/programs", cohort("Onboarding")).json().get("id").asLong();
        assertEquals(204, ada.put(base() + "/managers/u-pam", "{}").status());
    }

    @Test
    public void listsShowAdministratorsEveryProgramAndManagersTheirOwn() {
        JsonNode all = ada.get("/programs?maxResults=1").json();
        assertEquals(2, all.get("total").asInt());
        assertEquals("Leadership", all.get("values").get(0).get("name").asText());
        assertEquals(false, all.get("isLast").asBoolean());
        JsonNode mine = pam.get("/programs").json();
        assertEquals(1, mine.get("total").asInt());
        assertEquals("Onboarding", mine.get("values").get(0).get("name").asText());
        assertEquals("Leadership", zoe.get("/programs").json().get("values").get(0).get("name").asText());
        assertEquals(0, tomas.get("/programs").json().get("total").asInt());
        assertEquals(401, anonymous.get("/programs").status());
        assertEquals(400, ada.get("/programs?maxResults=1000").status());
    }

    @Test
    public void aProgramAnotherCannotSeeIsIdenticalToAMissingOne() {
        ApiClient.Reply hidden = zoe.get("/programs/" + onboarding);
        ApiClient.Reply missing = zoe.get("/programs/999999");
        assertEquals(404, hidden.status());
        assertEquals(missing.body(), hidden.body());
    }

    @Test
    public void aProgramReadsBackWithEveryFieldAndItsHistory() {
        JsonNode p = pam.get("/programs/" + onboarding).json();
        assertEquals("COHORT", p.get("kind").asText());
        assertEquals("2027-06-30", p.get("endsOn").asText());
        assertEquals("MANAGER", p.get("matching").asText());
        assertEquals("WEEKLY", p.get("cadence").asText());
        assertEquals(2, p.get("mentorCap").asInt());
        assertEquals(8.0, p.get("weights").get("skill").asDouble(), 0);
        assertEquals(2.0, p.get("weights").get("timeZone").asDouble(), 0);
        assertEquals("DRAFT", p.get("status").asText());
        JsonNode opened = pam.post("/programs/" + onboarding + "/open", json("version", p.get("version").asInt(), "note", "Go")).json();
        assertEquals("OPEN", opened.get("status").asText());
        JsonNode history = pam.get("/programs/" + onboarding + "/history").json().get("values");
        assertEquals("OPEN", history.get(history.size() - 1).get("type").asText());
        assertEquals("Go", history.get(history.size() - 1).get("note").asText());
        JsonNode managers = ada.get("/programs/" + onboarding + "/managers").json();
        assertEquals("Pam Adeyemi", managers.get("values").get(0).get("displayName").asText());
    }

    @Test
    public void badRequestsAreRefusedWithTheFieldNamedAndWriteNothing() {
        ApiClient.Reply invalid = ada.post("/programs", json("name", "", "kind", "COHORT", "startsOn", "2027-13-01",
                "matching", "LOTTERY"));
        assertEquals(invalid.body(), 400, invalid.status());
        JsonNode errors = invalid.json().get("errors");
        for (String field : List.of("name", "startsOn", "endsOn", "matching")) {
            assertTrue(invalid.body(), errors.has(field));
        }
        ApiClient.Reply wrongType = ada.post("/programs", json("name", "Typed", "kind", "ALWAYS_ON", "mentorCap", "two"));
        assertEquals(wrongType.body(), 400, wrongType.status());
        assertTrue(wrongType.body(), wrongType.json().get("errors").has("mentorCap"));
        ApiClient.Reply unknown = ada.post("/programs", json("name", "Extra", "kind", "ALWAYS_ON", "colour", "red"));
        assertEquals(400, unknown.status());
        assertEquals(2, ada.get("/programs").json().get("total").asInt());

        ApiClient.Reply noVersion = pam.post("/programs/" + onboarding + "/open", "{}");
        assertEquals(400, noVersion.status());
        assertTrue(noVersion.json().get("errors").has("version"));
        ApiClient.Reply stale = pam.post("/programs/" + onboarding + "/open", json("version", 1));
        assertEquals(stale.body(), 409, stale.status());
        ApiClient.Reply early = pam.post("/programs/" + onboarding + "/start", json("version", version()));
        assertEquals(409, early.status());
        assertTrue(early.body(), early.body().contains("draft"));
        assertEquals(404, ada.post("/programs/" + onboarding + "/publish", json("version", version())).status());
        assertEquals(409, ada.put("/programs/" + onboarding + "/managers/u-ivan", "{}").status());
    }
}
