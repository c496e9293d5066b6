package org.mentoring.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.mentoring.http.ApiClient.json;

import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.testing.TestHost;

/**
 * The program page's limit of open applications (where people choose): its managers and administrators see the field
 * with the program's limit and change it; a participant sees no such form; a value out of range is refused by field and
 * changes nothing; a manager-matching program has no limit to set.
 */
public class ProgramLimitPageTest {
    private TestHost host;
    private ApiClient ada;
    private ApiClient pam;
    private long choosing;
    private long managed;

    @Before
    public void start() throws Exception {
        host = TestHost.startWith(new InMemoryUserDirectory(List.of(
                new Person("u-tomas", "tomas", "Tomáš Novák", true), new Person("u-pam", "pam", "Pam Adeyemi", true),
                new Person("u-ada", "ada", "Ada Admin", true)), Set.of("u-ada")));
        ada = new ApiClient(host, "ada");
        pam = new ApiClient(host, "pam");
        choosing = ada.post("/programs", json("name", "Pick your mentor", "kind", "ALWAYS_ON", "autoApprove", true,
                "matching", "MENTEE_CHOOSES")).json().get("id").asLong();
        assertEquals(204, ada.put("/programs/" + choosing + "/managers/u-pam", "{}").status());
        assertEquals(200, ada.post("/programs/" + choosing + "/open",
                json("version", ada.get("/programs/" + choosing).json().get("version").asInt())).status());
        assertEquals(201, new ApiClient(host, "tomas").post("/programs/" + choosing + "/enrolments", json("asMentee", true)).status());
        managed = ada.post("/programs", json("name", "Matched by us", "kind", "ALWAYS_ON")).json().get("id").asLong();
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private String page(long program, String user) throws Exception {
        var reply = host.page("/plugins/servlet/mentoring/program?id=" + program, user);
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    @Test
    public void managersAndAdministratorsSetTheLimitParticipantsDoNot() throws Exception {
        assertThat(page(choosing, "pam"), containsString("id=\"program-max-applications\" name=\"maxApplications\" value=\"3\""));
        assertThat(page(choosing, "ada"), containsString("id=\"program-limit-form\""));
        assertThat("a participant", page(choosing, "tomas"), not(containsString("program-limit-form")));
        assertThat("manager matching has no applications", page(managed, "ada"), not(containsString("program-limit-form")));

        ApiReply refused = new ApiReply(pam.put("/programs/" + choosing + "/applications/settings", json("maxApplications", 21)));
        assertEquals(400, refused.status);
        assertEquals(List.of("maxApplications"), refused.fields);
        assertThat(page(choosing, "pam"), containsString("value=\"3\""));

        assertEquals(200, pam.put("/programs/" + choosing + "/applications/settings", json("maxApplications", 5)).status());
        String saved = host.page("/plugins/servlet/mentoring/program?id=" + choosing + "&done=limit", "pam").body();
        assertThat(saved, containsString("The limit of open applications per person was saved."));
        assertThat(saved, containsString("name=\"maxApplications\" value=\"5\""));
        assertEquals(403, new ApiClient(host, "tomas").put("/programs/" + choosing + "/applications/settings",
                json("maxApplications", 9)).status());
        assertThat(page(choosing, "ada"), containsString("value=\"5\""));
    }

    /** A refusal's status and the fields it names. */
    private static final class ApiReply {
        final int status;
        final List<String> fields;

        ApiReply(ApiClient.Reply r) {
            status = r.status();
            List<String> names = new java.util.ArrayList<>();
            r.json().get("errors").fieldNames().forEachRemaining(names::add);
            fields = names;
        }
    }
}
