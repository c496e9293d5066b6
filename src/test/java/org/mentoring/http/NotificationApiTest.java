package org.mentoring.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/** People hear about changes in their mentorships, and only their own. */
public class NotificationApiTest {
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

    @Test
    public void aProposalAndItsAnswerReachTheOtherPersonWithALinkAndNoNote() {
        long id = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas",
                "note", "My private reasons")).json().get("id").asLong();
        JsonNode inbox = mara.get("/notifications").json();
        assertEquals(1, inbox.get("total").asInt());
        assertEquals(1, inbox.get("unread").asInt());
        JsonNode proposed = inbox.get("values").get(0);
        assertEquals("Tomáš Novák proposed to be your mentee. Accept or decline the mentorship.", proposed.get("message").asText());
        assertEquals("/plugins/servlet/mentoring/relationship?id=" + id, proposed.get("link").asText());
        assertEquals(false, proposed.get("read").asBoolean());
        assertEquals("the proposer is not told about their own proposal", 0, tomas.get("/notifications").json().get("total").asInt());

        mara.post("/relationships/" + id + "/accept", "{}");
        JsonNode answer = tomas.get("/notifications").json().get("values").get(0);
        assertEquals("Mara Okafor accepted your mentorship proposal and is now your mentor.", answer.get("message").asText());
        assertEquals("the answered \"accept or decline\" is gone", 0, mara.get("/notifications").json().get("total").asInt());
        assertThat(tomas.get("/notifications").body(), org.hamcrest.Matchers.not(containsString("private reasons")));
    }

    @Test
    public void markingAsReadCountsDownAndTouchesOnlyTheCallersOwn() {
        long id = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        mara.post("/relationships/" + id + "/accept", "{}");
        tomas.post("/relationships/" + id + "/pause", "{}");
        tomas.post("/relationships/" + id + "/resume", "{}");
        tomas.post("/relationships/" + id + "/pause", "{}");
        JsonNode inbox = mara.get("/notifications").json();
        assertEquals("the answered proposal is gone; two pauses and a resume", 3, inbox.get("unread").asInt());
        long newest = inbox.get("values").get(0).get("id").asLong();
        long older = inbox.get("values").get(1).get("id").asLong();
        assertThat(inbox.get("values").get(0).get("message").asText(), containsString("paused"));

        assertEquals(1, mara.post("/notifications/read", json("upToId", older)).json().get("unread").asInt());
        assertEquals("Mara reading hers leaves Tomáš's unread", 1, tomas.get("/notifications").json().get("unread").asInt());
        assertEquals(0, tomas.post("/notifications/read", json("upToId", newest)).json().get("unread").asInt());
        assertEquals("Tomáš reading his leaves Mara's newest unread", 1, mara.get("/notifications").json().get("unread").asInt());
        assertEquals(0, mara.post("/notifications/read", json("upToId", newest)).json().get("unread").asInt());
        assertEquals(true, mara.get("/notifications").json().get("values").get(0).get("read").asBoolean());
    }

    @Test
    public void theListPagesBeyondTenAndAClickedItemIsReadAndOnlyTheOwnersToMark() {
        long id = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        mara.post("/relationships/" + id + "/accept", "{}");
        for (int i = 0; i < 6; i++) {
            tomas.post("/relationships/" + id + "/pause", "{}");
            tomas.post("/relationships/" + id + "/resume", "{}");
        }
        JsonNode first = mara.get("/notifications?maxResults=10").json();
        assertEquals(12, first.get("total").asInt());
        assertEquals(false, first.get("isLast").asBoolean());
        JsonNode second = mara.get("/notifications?startAt=10&maxResults=10").json();
        assertEquals(2, second.get("values").size());
        assertEquals(true, second.get("isLast").asBoolean());
        assertEquals("Tomáš Novák, your mentee, paused your mentorship.", second.get("values").get(1).get("message").asText());

        long clicked = second.get("values").get(0).get("id").asLong();
        assertEquals(404, tomas.post("/notifications/" + clicked + "/read", "{}").status());
        assertEquals(11, mara.post("/notifications/" + clicked + "/read", "{}").json().get("unread").asInt());
        assertEquals(11, mara.post("/notifications/" + clicked + "/read", "{}").json().get("unread").asInt());
        assertEquals(true, mara.get("/notifications?startAt=10&maxResults=10").json().get("values").get(0).get("read").asBoolean());
        assertEquals(404, mara.post("/notifications/999999/read", "{}").status());
    }

    @Test
    public void badInputIsNamedAndAnonymousCallersMustSignIn() {
        ApiClient.Reply missing = mara.post("/notifications/read", "{}");
        assertEquals(400, missing.status());
        assertThat(missing.errors().get("upToId").asText(), containsString("required"));
        assertEquals(400, mara.get("/notifications?maxResults=0").status());
        assertEquals(401, new ApiClient(host, null).get("/notifications").status());
    }
}
