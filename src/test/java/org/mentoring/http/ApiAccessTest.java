package org.mentoring.http;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mentoring.http.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/**
 * Who sees what over HTTP. A confidant relationship: non-members cannot tell it exists, administrators
 * and program managers see its status only, and private notes stay with their author.
 */
public class ApiAccessTest {
    private static final String SECRET_NOTE = "SECRET-pair-note-7f3a";
    private static final String SECRET_OBJECTIVE = "SECRET-objective-91bc";
    private static final String PRIVATE_REASON = "SECRET-private-reason-c0de";

    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private long id;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        long program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        id = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "kind", "FORMAL",
                "programId", program, "note", SECRET_NOTE)).json().get("id").asLong();
        mara.post("/relationships/" + id + "/accept", null);
        mara.put("/relationships/" + id + "/agreement", json("objectives", SECRET_OBJECTIVE, "cadence", "WEEKLY"));
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private List<ApiClient.Reply> everythingReadable(ApiClient as) {
        String base = "/relationships/" + id;
        return List.of(as.get("/relationships"), as.get(base), as.get(base + "/history"), as.get(base + "/agreement"),
                as.get("/relationships?status=ACTIVE"));
    }

    @Test
    public void aNonMemberCannotTellTheRelationshipExists() {
        ApiClient zoe = new ApiClient(host, "zoe");
        ApiClient.Reply hidden = zoe.get("/relationships/" + id);
        ApiClient.Reply missing = zoe.get("/relationships/999999");
        assertEquals(404, hidden.status());
        assertEquals("identical to a missing one", missing.body(), hidden.body());
        assertEquals(404, zoe.get("/relationships/" + id + "/history").status());
        assertEquals(404, zoe.get("/relationships/" + id + "/agreement").status());
        assertEquals(404, zoe.post("/relationships/" + id + "/pause", null).status());
        assertEquals(0, zoe.get("/relationships").json().get("total").asInt());
    }

    @Test
    public void anAdminSeesTheStatusButNoPairContent() {
        ApiClient ada = new ApiClient(host, "ada");
        JsonNode seen = ada.get("/relationships/" + id).json();
        assertEquals("ACTIVE", seen.get("status").asText());
        assertEquals("ADMIN", seen.get("viewerRole").asText());
        assertEquals(0, seen.get("actions").size());
        assertEquals(404, ada.get("/relationships/" + id + "/history").status());
        assertEquals(404, ada.get("/relationships/" + id + "/agreement").status());
        assertEquals(403, ada.post("/relationships/" + id + "/pause", null).status());
        for (ApiClient.Reply r : everythingReadable(ada)) {
            assertFalse(r.body(), r.body().contains("SECRET"));
        }
    }

    @Test
    public void aProgramManagerSeesTheirProgramsStatusOnly() {
        ApiClient pam = new ApiClient(host, "pam");
        assertEquals("PROGRAM_MANAGER", pam.get("/relationships/" + id).json().get("viewerRole").asText());
        assertEquals(404, pam.get("/relationships/" + id + "/agreement").status());
        assertEquals(403, pam.post("/relationships/" + id + "/pause", null).status());
        for (ApiClient.Reply r : everythingReadable(pam)) {
            assertFalse(r.body(), r.body().contains("SECRET"));
        }
    }

    @Test
    public void anEarlyEndsReasonStaysWithItsAuthor() {
        tomas.post("/relationships/" + id + "/end", json("note", PRIVATE_REASON));
        assertFalse(mara.get("/relationships/" + id + "/history").body().contains(PRIVATE_REASON));
        JsonNode own = tomas.get("/relationships/" + id + "/history").json().get("values");
        assertEquals(PRIVATE_REASON, own.get(own.size() - 1).get("note").asText());
        assertEquals("PRIVATE", own.get(own.size() - 1).get("noteVisibility").asText());
    }

    @Test
    public void membersReadTheirPairContent() {
        assertEquals(SECRET_OBJECTIVE, tomas.get("/relationships/" + id + "/agreement").json().get("objectives").asText());
        assertEquals(SECRET_NOTE, mara.get("/relationships/" + id + "/history").json().get("values").get(0).get("note").asText());
    }
}
