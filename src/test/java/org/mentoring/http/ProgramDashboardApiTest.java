package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.FormalProgram;
import org.mentoring.testing.TestHost;

/**
 * /programs/{id}/dashboard over HTTP: JSON by default and CSV with {@code Accept: text/csv}, for the program's
 * manager and administrators; the same 404 for a manager of another program, a member and a missing program.
 */
public class ProgramDashboardApiTest {
    private TestHost host;
    private long program;
    private long other;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas", "u-zoe");
        other = FormalProgram.open(host.app.graph, "u-zoe", "u-ada");
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    @Test
    public void managersReadTheAggregatesAsJsonAndCsv() {
        ApiClient pam = new ApiClient(host, "pam");
        ApiClient.Reply reply = pam.get("/programs/" + program + "/dashboard");
        assertEquals(reply.body(), 200, reply.status());
        JsonNode d = reply.json();
        assertEquals(program, d.get("programId").asLong());
        assertEquals("OPEN", d.get("status").asText());
        JsonNode funnel = d.get("sections").get(0);
        assertEquals("funnel", funnel.get("key").asText());
        assertEquals("ENROLLED", funnel.get("groups").get(0).get("key").asText());
        assertEquals(3, funnel.get("groups").get(0).get("count").asInt());
        // Two approved mentees, neither matched: the two are one small group, not shown on its own.
        assertTrue(funnel.get("groups").get(2).get("count").isNumber());
        JsonNode matching = d.get("sections").get(2);
        assertEquals("matching", matching.get("key").asText());
        assertTrue(matching.get("groups").get(2).get("count").isNull());
        assertTrue(matching.get("smallGroupsHidden").asBoolean());
        assertTrue(matching.get("otherCount").isNull());

        ApiClient.Reply csv = new ApiClient(host, "ada").getAccepting("/programs/" + program + "/dashboard", "text/csv");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.raw().headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("section,group,count,note\r\n"));
        assertTrue(csv.body(), csv.body().contains("\"funnel\",\"ENROLLED\",\"3\",\"\""));
        assertTrue(csv.body(), csv.body().contains("\"matching\",\"UNMATCHED\",\"\",\"fewer than 3\""));
    }

    @Test
    public void anyoneElseFindsNothing() {
        for (String who : new String[] {"zoe", "mara", "tomas"}) {
            ApiClient c = new ApiClient(host, who);
            for (String accept : new String[] {"application/json", "text/csv"}) {
                ApiClient.Reply r = c.getAccepting("/programs/" + program + "/dashboard", accept);
                assertEquals(who + " " + accept, 404, r.status());
                assertFalse(r.body(), r.body().contains("ENROLLED"));
            }
        }
        assertEquals(404, new ApiClient(host, "pam").get("/programs/" + other + "/dashboard").status());
        assertEquals(404, new ApiClient(host, "ada").get("/programs/99999/dashboard").status());
        assertEquals(401, new ApiClient(host, null).get("/programs/" + program + "/dashboard").status());
    }
}
