package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
 * /programs/{id}/candidates and /programs/{id}/applications over HTTP, in a program where mentees choose: ranked
 * mentors with each score's terms, applying (201 with Location), bad input answered 400 naming each field with nothing
 * written, a mentor accepting (the formal relationship is live; the mentee's other application withdrawn), and the
 * program's managers seeing counts on the dashboard, never who applied nor the note.
 */
public class ApplicationApiTest {
    private TestHost host;
    private final Map<String, ApiClient> as = new HashMap<>();
    private String base;

    @Before
    public void start() throws Exception {
        host = TestHost.startWith(new InMemoryUserDirectory(List.of(
                new Person("u-mara", "mara", "Mara Okafor", true), new Person("u-otto", "otto", "Otto Berg", true),
                new Person("u-tomas", "tomas", "Tomáš Novák", true), new Person("u-pam", "pam", "Pam Adeyemi", true),
                new Person("u-ada", "ada", "Ada Admin", true)), Set.of("u-ada")));
        for (String who : List.of("mara", "otto", "tomas", "pam", "ada")) {
            as.put(who, new ApiClient(host, who));
        }
        ApiClient ada = as.get("ada");
        assertEquals(201, ada.post("/skills", json("name", "Kotlin")).status());
        profile("mara", json("offersMentoring", true, "languages", List.of("en"), "hoursPerMonth", 4,
                "mentors", List.of(Map.of("skill", "Kotlin", "level", 5))));
        profile("otto", json("offersMentoring", true, "languages", List.of("en")));
        profile("tomas", json("seeksMentor", true, "languages", List.of("en"), "grows", List.of(Map.of("skill", "Kotlin", "level", 1))));
        long program = ada.post("/programs", json("name", "Pick your mentor", "kind", "ALWAYS_ON", "autoApprove", true,
                "matching", "MENTEE_CHOOSES")).json().get("id").asLong();
        base = "/programs/" + program;
        assertEquals(204, ada.put(base + "/managers/u-pam", "{}").status());
        assertEquals(200, ada.post(base + "/open", json("version", ada.get(base).json().get("version").asInt())).status());
        for (String mentor : List.of("mara", "otto")) {
            assertEquals(201, as.get(mentor).post(base + "/enrolments", json("asMentor", true)).status());
        }
        assertEquals(201, as.get("tomas").post(base + "/enrolments", json("asMentee", true)).status());
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private void profile(String who, String body) {
        ApiClient.Reply r = as.get(who).put("/profiles/me", body);
        assertEquals(r.body(), 200, r.status());
    }

    @Test
    public void aMenteeAppliesToTwoRankedMentorsAndTheOneWhoAcceptsBecomesTheirMentor() {
        ApiClient tomas = as.get("tomas");
        JsonNode ranked = tomas.get(base + "/candidates").json();
        assertEquals(2, ranked.get("total").asInt());
        JsonNode first = ranked.get("values").get(0);
        assertEquals("u-mara", first.get("user").get("key").asText());
        assertEquals("skills", first.get("terms").get(0).get("name").asText());
        assertEquals("Kotlin", first.get("matchedSkills").get(0).asText());
        assertFalse(first.get("full").asBoolean());

        ApiClient.Reply applied = tomas.post(base + "/applications", json("chooserKey", "u-mara", "note", "MY-NOTE-FOR-MARA"));
        assertEquals(applied.body(), 201, applied.status());
        long toMara = applied.json().get("id").asLong();
        assertTrue(applied.raw().headers().firstValue("Location").orElseThrow().endsWith(base + "/applications/" + toMara));
        long toOtto = tomas.post(base + "/applications", json("chooserKey", "u-otto")).json().get("id").asLong();

        JsonNode received = as.get("mara").get(base + "/applications?as=chooser").json();
        assertEquals(1, received.get("total").asInt());
        assertEquals("MY-NOTE-FOR-MARA", received.get("values").get(0).get("note").asText());
        assertEquals("CHOOSER", received.get("values").get(0).get("role").asText());

        ApiClient.Reply accepted = as.get("mara").post(base + "/applications/" + toMara + "/accept", "{}");
        assertEquals(accepted.body(), 200, accepted.status());
        long relationship = accepted.json().get("relationshipId").asLong();
        JsonNode r = tomas.get("/relationships/" + relationship).json();
        assertEquals("ACTIVE", r.get("status").asText());
        assertEquals("FORMAL", r.get("kind").asText());
        JsonNode other = tomas.get(base + "/applications/" + toOtto).json();
        assertEquals("WITHDRAWN", other.get("status").asText());
        assertEquals("MATCHED", other.get("reason").asText());
        assertEquals(409, as.get("otto").post(base + "/applications/" + toOtto + "/accept", "{}").status());

        ApiClient.Reply dashboard = as.get("pam").get(base + "/dashboard");
        assertEquals(200, dashboard.status());
        assertFalse("the manager never reads the note", dashboard.body().contains("MY-NOTE-FOR-MARA"));
        JsonNode section = null;
        for (JsonNode candidate : dashboard.json().get("sections")) {
            if (candidate.get("key").asText().equals("applications")) {
                section = candidate;
            }
        }
        assertTrue("the dashboard counts applications: " + dashboard.body(), section != null);
        assertEquals("one accepted, one withdrawn: groups under 3 are not shown on their own", "OPEN",
                section.get("groups").get(0).get("key").asText());
        assertTrue(section.get("smallGroupsHidden").asBoolean());
        ApiClient.Reply managersList = as.get("pam").get(base + "/applications");
        assertEquals(0, managersList.json().get("total").asInt());
        assertEquals(404, as.get("pam").get(base + "/applications/" + toMara).status());
    }

    @Test
    public void badInputIsRefusedNamingEachFieldAndWritesNothing() {
        ApiClient tomas = as.get("tomas");
        ApiClient.Reply missing = tomas.post(base + "/applications", json("note", "x".repeat(2001)));
        assertEquals(400, missing.status());
        JsonNode errors = missing.json().get("errors");
        assertTrue(errors.toString(), errors.has("chooserKey") && errors.has("note"));
        assertEquals(400, tomas.post(base + "/applications", json("chooserKey", 7)).status());
        assertEquals(400, tomas.get(base + "/applications?as=someone").status());
        assertEquals(400, tomas.get(base + "/applications?status=MAYBE").status());
        assertEquals(0, tomas.get(base + "/applications").json().get("total").asInt());

        ApiClient.Reply limit = as.get("pam").put(base + "/applications/settings", json("maxApplications", 0));
        assertEquals(400, limit.status());
        assertTrue(limit.body(), limit.json().get("errors").has("maxApplications"));
        assertEquals(400, as.get("pam").put(base + "/applications/settings", json("maxApplications", "2")).status());
        assertEquals(3, tomas.get(base + "/applications/settings").json().get("maxApplications").asInt());
        assertEquals(1, as.get("pam").put(base + "/applications/settings", json("maxApplications", 1)).json().get("maxApplications").asInt());
        assertEquals(201, tomas.post(base + "/applications", json("chooserKey", "u-mara")).status());
        ApiClient.Reply over = tomas.post(base + "/applications", json("chooserKey", "u-otto"));
        assertEquals(409, over.status());
        assertTrue(over.body(), over.json().get("errors").has("chooserKey"));
    }

    /** Where mentors choose, the same pages the other way round: Mara chooses a mentee, Tomáš accepts on his Applications page. */
    @Test
    public void whereMentorsChooseTheMentorSeesMenteesRankedAndTheMenteeAccepts() throws Exception {
        ApiClient ada = as.get("ada");
        long program = ada.post("/programs", json("name", "Mentors pick", "kind", "ALWAYS_ON", "autoApprove", true,
                "matching", "MENTOR_CHOOSES")).json().get("id").asLong();
        String other = "/programs/" + program;
        assertEquals(200, ada.post(other + "/open", json("version", ada.get(other).json().get("version").asInt())).status());
        assertEquals(201, as.get("mara").post(other + "/enrolments", json("asMentor", true)).status());
        assertEquals(201, as.get("tomas").post(other + "/enrolments", json("asMentee", true)).status());

        String choose = host.page("/plugins/servlet/mentoring/program-choose?id=" + program, "mara").body();
        assertTrue(choose, choose.contains("Choose a mentee") && choose.contains("Skills they want to grow that you mentor: 10.0"));
        assertTrue("Tomáš is on Mara's list", choose.contains("data-candidate=\"u-tomas\""));
        assertTrue(host.page("/plugins/servlet/mentoring/program-choose?id=" + program, "tomas").body()
                .contains("Only the program&#39;s approved mentors choose their mentee."));
        long id = as.get("mara").post(other + "/applications", json("chooserKey", "u-tomas", "note", "Glad to help")).json().get("id").asLong();
        String received = host.page("/plugins/servlet/mentoring/program-applications?id=" + program, "tomas").body();
        assertTrue(received, received.contains("Glad to help") && received.contains("data-accept=\"" + id + "\""));
        JsonNode accepted = as.get("tomas").post(other + "/applications/" + id + "/accept", "{}").json();
        assertEquals("ACTIVE", as.get("mara").get("/relationships/" + accepted.get("relationshipId").asLong()).json().get("status").asText());
    }
}
