package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/** Bad input gets a 400 naming each bad field, and changes nothing; state conflicts get a 409. */
public class ApiErrorsTest {
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

    private static Set<String> fields(ApiClient.Reply r) {
        Set<String> names = new HashSet<>();
        r.errors().fieldNames().forEachRemaining(names::add);
        return names;
    }

    private int count(ApiClient as) {
        return as.get("/relationships").json().get("total").asInt();
    }

    private long active() {
        long id = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        mara.post("/relationships/" + id + "/accept", null);
        return id;
    }

    @Test
    public void malformedBodiesAreRefusedWithJiraStyleErrors() {
        ApiClient.Reply notJson = tomas.post("/relationships", "{not json");
        assertEquals(400, notJson.status());
        assertEquals("The request body is not valid JSON.", notJson.json().get("errorMessages").get(0).asText());

        ApiClient.Reply unknown = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "isAdmin", true));
        assertEquals(400, unknown.status());
        assertEquals(Set.of("isAdmin"), fields(unknown));

        ApiClient.Reply wrongType = tomas.post("/relationships", "{\"programId\":\"twelve\"}");
        assertEquals(400, wrongType.status());
        assertEquals(Set.of("programId"), fields(wrongType));
        assertEquals(0, count(tomas));
    }

    @Test
    public void missingOversizedAndUnknownFieldsAreEachNamed() {
        ApiClient.Reply r = tomas.post("/relationships", json("mentorKey", "", "menteeKey", "u-nobody", "kind", "CASUAL",
                "note", "x".repeat(4001)));
        assertEquals(400, r.status());
        assertEquals(Set.of("mentorKey", "menteeKey", "kind", "note"), fields(r));
        assertEquals("This field is required.", r.errors().get("mentorKey").asText());
        assertEquals("Use at most 4,000 characters.", r.errors().get("note").asText());

        ApiClient.Reply empty = tomas.post("/relationships", null);
        assertEquals(400, empty.status());
        assertEquals(0, count(tomas));
    }

    @Test
    public void badPagingAndFiltersAreNamed() {
        ApiClient.Reply r = tomas.get("/relationships?startAt=-1&maxResults=abc&status=SIDEWAYS&role=BOSS");
        assertEquals(400, r.status());
        assertEquals(Set.of("startAt", "maxResults", "status", "role"), fields(r));
        assertEquals(400, tomas.get("/relationships?maxResults=101").status());
        long id = active();
        assertEquals(Set.of("maxResults"), fields(tomas.get("/relationships/" + id + "/history?maxResults=0")));
    }

    @Test
    public void illegalMovesAndStaleVersionsAre409AndChangeNothing() {
        long id = active();
        ApiClient.Reply illegal = tomas.post("/relationships/" + id + "/accept", null);
        assertEquals(409, illegal.status());
        assertEquals("You can't accept a mentorship that is ACTIVE.", illegal.json().get("errors").get("status").asText());

        ApiClient.Reply stale = tomas.post("/relationships/" + id + "/pause", json("version", 1));
        assertEquals(409, stale.status());
        assertTrue(stale.errors().get("version").asText().contains("Reload"));

        ApiClient.Reply duplicate = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas"));
        assertEquals(409, duplicate.status());

        JsonNode after = tomas.get("/relationships/" + id).json();
        assertEquals("ACTIVE", after.get("status").asText());
        assertEquals(2, after.get("version").asInt());
    }

    @Test
    public void agreementValidationNamesFieldsAndWritesNothing() {
        long id = active();
        ApiClient.Reply r = mara.put("/relationships/" + id + "/agreement", json("objectives", " ", "cadence", "EVERY_N_DAYS",
                "startDate", "2027-01-10", "plannedEndDate", "2027-01-01", "channel", "c".repeat(101)));
        assertEquals(400, r.status());
        assertEquals(Set.of("objectives", "cadenceDays", "plannedEndDate", "channel"), fields(r));
        assertEquals(204, mara.get("/relationships/" + id + "/agreement").status());
    }

    @Test
    public void stateChangesNeedXsrfProtection() {
        ApiClient.Reply form = tomas.postAs("/relationships", "application/x-www-form-urlencoded", "mentorKey=u-mara&menteeKey=u-tomas", null);
        assertEquals(403, form.status());
        assertTrue(form.json().get("errorMessages").get(0).asText().startsWith("XSRF check failed"));
        ApiClient.Reply text = tomas.postAs("/relationships", "text/plain", "{}", null);
        assertEquals(403, text.status());
        assertEquals(0, count(tomas));

        ApiClient.Reply withToken = tomas.postAs("/relationships", "application/json",
                json("mentorKey", "u-mara", "menteeKey", "u-tomas"), "no-check");
        assertEquals(201, withToken.status());
    }

    @Test
    public void anonymousCallersGet401Everywhere() {
        ApiClient anonymous = new ApiClient(host, null);
        long id = active();
        for (ApiClient.Reply r : new ApiClient.Reply[] {
            anonymous.get("/relationships"), anonymous.get("/relationships/" + id), anonymous.get("/relationships/" + id + "/history"),
            anonymous.get("/relationships/" + id + "/agreement"), anonymous.get("/users?query=ma"),
            anonymous.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-zoe")),
            anonymous.post("/relationships/" + id + "/pause", null)}) {
            assertEquals(r.body(), 401, r.status());
            assertEquals("Sign in to use mentoring.", r.json().get("errorMessages").get(0).asText());
        }
        assertEquals("ACTIVE", tomas.get("/relationships/" + id).json().get("status").asText());
    }

    @Test
    public void wrongCredentialsAreAnonymous() {
        assertEquals(401, new ApiClient(host, "nobody").get("/relationships").status());
    }
}
