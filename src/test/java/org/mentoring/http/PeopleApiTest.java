package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/** /profiles, /skills and /mentors over HTTP, for each endpoint and each kind of caller. */
public class PeopleApiTest {
    private TestHost host;
    private ApiClient anonymous;
    private ApiClient mara;
    private ApiClient tomas;
    private ApiClient zoe;
    private ApiClient ada;
    private long kotlin;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        anonymous = new ApiClient(host, null);
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        zoe = new ApiClient(host, "zoe");
        ada = new ApiClient(host, "ada");
        ApiClient.Reply created = ada.post("/skills", json("name", "Kotlin", "category", "Languages", "synonyms", List.of("kt")));
        assertEquals(created.body(), 201, created.status());
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/skills/" + created.json().get("id").asLong()));
        kotlin = created.json().get("id").asLong();
        ada.post("/skills", json("name", "API design", "synonyms", List.of("REST design")));
        assertEquals(200, mara.put("/profiles/me", json("offersMentoring", true,
                "mentors", List.of(Map.of("skill", "Kotlin", "level", 5), Map.of("skill", "rest design", "level", 4)),
                "languages", List.of("cs", "en"), "timeZone", "Europe/Prague", "hoursPerMonth", 6, "capacity", 2,
                "bio", "Kotlin for ten years")).status());
        tomas.put("/profiles/me", json("seeksMentor", true, "grows", List.of(Map.of("skill", "kt", "level", 1)),
                "languages", List.of("cs")));
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    @Test
    public void anonymousCallersAreAskedToSignIn() {
        for (ApiClient.Reply r : List.of(anonymous.get("/profiles/me"), anonymous.get("/profiles/u-mara"), anonymous.get("/skills"),
                anonymous.get("/mentors"), anonymous.put("/profiles/me", "{}"), anonymous.get("/skills/settings"))) {
            assertEquals(r.body(), 401, r.status());
        }
    }

    @Test
    public void aVisibleProfileIsReadByAnyoneSignedInAndEditedByItsOwnerOrAnAdmin() {
        JsonNode seen = zoe.get("/profiles/u-mara").json();
        assertEquals("Mara Okafor", seen.get("user").get("displayName").asText());
        assertEquals("Kotlin", seen.get("mentors").get(0).get("name").asText());
        assertEquals(5, seen.get("mentors").get(0).get("level").asInt());
        assertEquals("Czech", seen.get("languages").get(0).get("name").asText());
        assertEquals(2, seen.get("capacity").asInt());
        assertFalse(seen.get("editable").asBoolean());
        assertTrue(mara.get("/profiles/me").json().get("editable").asBoolean());
        assertEquals(403, zoe.put("/profiles/u-mara", json("offersMentoring", false)).status());
        ApiClient.Reply byAdmin = ada.put("/profiles/u-mara", json("offersMentoring", true, "hoursPerMonth", 2));
        assertEquals(byAdmin.body(), 200, byAdmin.status());
        assertEquals(2, zoe.get("/profiles/u-mara").json().get("hoursPerMonth").asInt());
    }

    @Test
    public void aHiddenProfileIsAsAbsentAsAMissingOne() {
        ApiClient.Reply hidden = zoe.get("/profiles/u-tomas");
        ApiClient.Reply missing = zoe.get("/profiles/u-nobody");
        assertEquals(404, hidden.status());
        assertEquals(missing.body(), hidden.body());
        assertEquals(404, zoe.put("/profiles/u-tomas", json("seeksMentor", true)).status());
        assertEquals(200, tomas.get("/profiles/me").status());
        assertEquals(200, ada.get("/profiles/u-tomas").status());
        assertFalse(tomas.get("/profiles/me").json().get("visible").asBoolean());
        assertFalse("never made a profile", zoe.get("/profiles/me").json().get("exists").asBoolean());
    }

    @Test
    public void badProfilesAre400NamingEachFieldAndWriteNothing() {
        ApiClient.Reply bad = mara.put("/profiles/me", json("offersMentoring", true,
                "mentors", List.of(Map.of("skill", "Cobol", "level", 3)), "languages", List.of("klingon"),
                "timeZone", "Nowhere/Else", "bio", "x".repeat(2001)));
        assertEquals(400, bad.status());
        assertEquals(List.of("mentors[0].skill", "languages[0]", "timeZone", "bio"), fieldNames(bad.errors()));
        assertEquals("Kotlin for ten years", mara.get("/profiles/me").json().get("bio").asText());
        ApiClient.Reply wrongType = mara.put("/profiles/me", "{\"hoursPerMonth\": \"many\"}");
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.errors().has("hoursPerMonth"));
        ApiClient.Reply unknown = mara.put("/profiles/me", "{\"salary\": 1}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.errors().has("salary"));
    }

    @Test
    public void theCatalogueIsReadByEveryoneAndKeptByAdministrators() {
        JsonNode page = zoe.get("/skills").json();
        assertEquals(2, page.get("total").asInt());
        assertTrue(page.get("isLast").asBoolean());
        assertEquals("API design", page.get("values").get(0).get("name").asText());
        assertEquals(200, zoe.get("/skills/" + kotlin).status());
        assertEquals(404, zoe.get("/skills/999999").status());
        assertEquals(403, zoe.post("/skills", json("name", "Rust")).status());
        assertEquals(403, zoe.put("/skills/" + kotlin, json("name", "Kotlin")).status());
        assertEquals(403, zoe.delete("/skills/" + kotlin).status());
        assertEquals(403, zoe.put("/skills/settings", json("freeTags", true)).status());
        ApiClient.Reply clash = ada.post("/skills", json("name", "KT"));
        assertEquals(400, clash.status());
        assertTrue(clash.errors().has("name"));
        assertEquals(400, ada.post("/skills", json("name", "")).status());
        assertEquals(400, zoe.get("/skills?maxResults=0").status());
        assertEquals("Kotlin/JVM", ada.put("/skills/" + kotlin, json("name", "Kotlin/JVM", "synonyms", List.of("kt"))).json().get("name").asText());
        assertEquals(200, ada.put("/skills/settings", json("freeTags", true)).status());
        assertTrue(zoe.get("/skills/settings").json().get("freeTags").asBoolean());
        assertEquals(204, ada.delete("/skills/" + kotlin).status());
        assertEquals(404, ada.get("/skills/" + kotlin).status());
    }

    @Test
    public void theDirectoryRanksMentorsAndSaysWhy() {
        ada.put("/profiles/me", json("offersMentoring", true, "mentors", List.of(Map.of("skill", "API design", "level", 2)),
                "languages", List.of("en")));
        JsonNode page = tomas.get("/mentors").json();
        assertEquals(2, page.get("total").asInt());
        JsonNode first = page.get("values").get(0);
        assertEquals("u-mara", first.get("user").get("key").asText());
        assertEquals("mentors in Kotlin; speaks Czech; 6 hours a month", first.get("reason").asText());
        assertEquals("skills", first.get("terms").get(0).get("name").asText());
        assertEquals(10.0, first.get("terms").get(0).get("points").asDouble(), 0.001);
        assertFalse(first.get("full").asBoolean());
        assertEquals(List.of("u-mara", "u-ada"), keys(tomas.get("/mentors?language=en&skill=api%20design&startAt=0&maxResults=5")));
        assertEquals(List.of("u-ada"), keys(tomas.get("/mentors?skill=api%20design&startAt=1&maxResults=1")));
        assertEquals(List.of("u-mara"), keys(tomas.get("/mentors?query=okafor")));
        assertEquals(List.of("u-mara"), keys(tomas.get("/mentors?tzFrom=0&tzTo=2&hasRoom=true")));
        assertEquals(List.of(), keys(tomas.get("/mentors?skill=cobol")));
    }

    @Test
    public void badDirectoryFiltersAre400NamingEach() {
        ApiClient.Reply bad = tomas.get("/mentors?language=xx&hasRoom=maybe&tzFrom=20&tzTo=a&maxResults=1000");
        assertEquals(400, bad.status());
        assertEquals(List.of("language", "hasRoom", "tzFrom", "tzTo", "maxResults"), fieldNames(bad.errors()));
    }

    private static List<String> keys(ApiClient.Reply reply) {
        assertEquals(reply.body(), 200, reply.status());
        List<String> keys = new java.util.ArrayList<>();
        reply.json().get("values").forEach(v -> keys.add(v.get("user").get("key").asText()));
        return keys;
    }

    private static List<String> fieldNames(JsonNode errors) {
        List<String> names = new java.util.ArrayList<>();
        errors.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
