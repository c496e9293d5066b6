package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/**
 * /programs/{id}/enrolments and /programs/{id}/enrolment-form over HTTP: the form prefilled from the person's profile,
 * the program's questions, enrolling, the managers' paged list, approving and declining, withdrawing, and the error
 * contract (every field named, nothing written).
 */
public class EnrolmentApiTest {
    private TestHost host;
    private ApiClient ada;
    private ApiClient pam;
    private ApiClient mara;
    private ApiClient tomas;
    private ApiClient zoe;
    private long program;
    private String base;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        ada = new ApiClient(host, "ada");
        pam = new ApiClient(host, "pam");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        zoe = new ApiClient(host, "zoe");
        program = ada.post("/programs", json("name", "Onboarding", "kind", "ALWAYS_ON", "mentorCap", 2)).json().get("id").asLong();
        base = "/programs/" + program;
        assertEquals(204, ada.put(base + "/managers/u-pam", "{}").status());
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private void open() {
        int version = ada.get(base).json().get("version").asInt();
        assertEquals(200, ada.post(base + "/open", json("version", version)).status());
    }

    private long askQuestions() {
        ApiClient.Reply set = ada.put(base + "/enrolment-form", json("questions", List.of(
                Map.of("text", "What do you hope to learn?", "required", true), Map.of("text", "Anything else?"))));
        assertEquals(set.body(), 200, set.status());
        assertEquals(2, set.json().size());
        return set.json().get(0).get("id").asLong();
    }

    @Test
    public void theFormIsPrefilledFromTheProfileAndCappedByTheProgram() {
        askQuestions();
        open();
        assertEquals(200, mara.put("/profiles/me", json("offersMentoring", true, "capacity", 5, "languages", List.of("en"))).status());
        JsonNode form = mara.get(base + "/enrolment-form").json();
        assertEquals("Onboarding", form.get("program").get("name").asText());
        assertEquals(2, form.get("questions").size());
        assertTrue(form.get("enrolment").isNull());
        assertTrue(form.get("prefill").get("asMentor").asBoolean());
        assertEquals("her own capacity of 5, capped by the program at 2", 2, form.get("prefill").get("capacity").asInt());
        assertEquals("en", form.get("profile").get("languages").get(0).get("code").asText());
        JsonNode tomasForm = tomas.get(base + "/enrolment-form").json();
        assertTrue("without a profile offering mentoring: a mentee", tomasForm.get("prefill").get("asMentee").asBoolean());
        assertTrue(tomasForm.get("prefill").get("capacity").isNull());
    }

    @Test
    public void aDraftProgramsFormIsItsManagersOnly() {
        assertEquals(404, tomas.get(base + "/enrolment-form").status());
        assertEquals(200, pam.get(base + "/enrolment-form").status());
        assertEquals("managers do not write the questions", 403, pam.put(base + "/enrolment-form", json("questions", List.of())).status());
        assertEquals(404, tomas.put(base + "/enrolment-form", json("questions", List.of())).status());
    }

    @Test
    public void peopleEnrolManagersDecideAndPeopleWithdraw() {
        long q = askQuestions();
        open();
        ApiClient.Reply enrolled = tomas.post(base + "/enrolments", json("asMentee", true,
                "answers", List.of(Map.of("question", q, "text", "Kotlin"))));
        assertEquals(enrolled.body(), 201, enrolled.status());
        assertTrue(enrolled.raw().headers().firstValue("Location").orElseThrow().endsWith(base + "/enrolments/u-tomas"));
        assertEquals("PENDING", enrolled.json().get("status").asText());
        assertEquals("Kotlin", enrolled.json().get("answers").get(0).get("text").asText());
        assertEquals(201, mara.post(base + "/enrolments", json("asMentor", true, "capacity", 1,
                "answers", List.of(Map.of("question", q, "text", "Coaching")))).status());
        assertEquals("enrolling twice", 409, tomas.post(base + "/enrolments", json("asMentee", true,
                "answers", List.of(Map.of("question", q, "text", "Again")))).status());

        JsonNode page = pam.get(base + "/enrolments?status=PENDING&maxResults=1").json();
        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("values").size());
        assertEquals("u-tomas", page.get("values").get(0).get("user").get("key").asText());
        assertEquals(1, pam.get(base + "/enrolments?role=MENTOR").json().get("total").asInt());
        assertEquals(404, zoe.get(base + "/enrolments").status());
        assertEquals("a person reads their own", 200, tomas.get(base + "/enrolments/u-tomas").status());
        assertEquals("not someone else's", 404, tomas.get(base + "/enrolments/u-mara").status());

        assertEquals("APPROVED", pam.post(base + "/enrolments/u-tomas/approve", "{}").json().get("status").asText());
        assertEquals("DECLINED", pam.post(base + "/enrolments/u-mara/decline", "{}").json().get("status").asText());
        assertEquals("decided already", 409, ada.post(base + "/enrolments/u-mara/approve", "{}").status());
        assertEquals("people decide nothing", 404, tomas.post(base + "/enrolments/u-mara/approve", "{}").status());
        assertEquals("only the person withdraws", 403, pam.post(base + "/enrolments/u-tomas/withdraw", "{}").status());
        assertEquals("WITHDRAWN", tomas.post(base + "/enrolments/u-tomas/withdraw", "{}").json().get("status").asText());
        assertEquals(0, pam.get(base + "/enrolments?status=APPROVED").json().get("total").asInt());
    }

    @Test
    public void anAutoApprovingProgramApprovesAtOnce() {
        int version = ada.get(base).json().get("version").asInt();
        assertEquals(200, ada.put(base, json("name", "Onboarding", "kind", "ALWAYS_ON", "autoApprove", true, "version", version)).status());
        open();
        assertEquals("APPROVED", zoe.post(base + "/enrolments", json("asMentee", true)).json().get("status").asText());
    }

    @Test
    public void badInputNamesEveryFieldAndWritesNothing() {
        long q = askQuestions();
        open();
        ApiClient.Reply bad = tomas.post(base + "/enrolments", json("capacity", 9, "answers", List.of(Map.of("question", 99999, "text", "x"))));
        assertEquals(bad.body(), 400, bad.status());
        JsonNode errors = bad.json().get("errors");
        assertTrue(bad.body(), errors.has("asMentor"));
        assertTrue(bad.body(), errors.has("capacity"));
        assertTrue(bad.body(), errors.has("answers[0].question"));
        assertTrue("the required question", errors.has("answers." + q));
        assertEquals(400, tomas.post(base + "/enrolments", "{\"asMentee\":\"yes\"}").status());
        assertEquals(400, pam.get(base + "/enrolments?status=MAYBE").status());
        assertEquals(400, pam.get(base + "/enrolments?role=BOSS").status());
        ApiClient.Reply blank = ada.put(base + "/enrolment-form", json("questions", List.of(Map.of("text", " "))));
        assertEquals(400, blank.status());
        assertTrue(blank.body(), blank.json().get("errors").has("questions[0].text"));
        assertEquals(0, pam.get(base + "/enrolments").json().get("total").asInt());
        assertEquals(2, tomas.get(base + "/enrolment-form").json().get("questions").size());
    }

    @Test
    public void aQuestionKeptByIdKeepsItsAnswers() {
        long q = askQuestions();
        open();
        assertEquals(201, tomas.post(base + "/enrolments", json("asMentee", true, "answers", List.of(Map.of("question", q, "text", "Kotlin")))).status());
        JsonNode kept = ada.put(base + "/enrolment-form", json("questions", List.of(Map.of("id", q, "text", "What will you learn?")))).json();
        assertEquals(q, kept.get(0).get("id").asLong());
        assertEquals("What will you learn?", kept.get(0).get("text").asText());
        assertEquals(q, tomas.get(base + "/enrolments/u-tomas").json().get("answers").get(0).get("question").asLong());
    }
}
