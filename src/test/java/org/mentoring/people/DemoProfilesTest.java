package org.mentoring.people;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.TestHost;

/** The demo people all have profiles; Zoë finds Pam first for public speaking, and Mara is full. */
public class DemoProfilesTest {
    @Test
    public void theDemoDirectoryRanksMentorsAndShowsOneAsFull() throws Exception {
        try (TestHost host = TestHost.start()) {
            assertTrue(DemoData.seedOnce(host.app));
            for (var person : List.of(DemoUsers.MARA, DemoUsers.TOMAS, DemoUsers.ZOE, DemoUsers.PAM, DemoUsers.ADA)) {
                assertTrue(person.name(), host.app.graph.profiles().get(person.key(), person.key()).exists());
            }
            var found = host.app.graph.directory().search(DemoUsers.ZOE.key(), DirectoryFilter.none(), PageRequest.first(10));
            List<String> keys = found.values().stream().map(MentorMatch::userKey).toList();
            assertEquals(List.of(DemoUsers.PAM.key(), DemoUsers.MARA.key(), DemoUsers.ADA.key()), keys);
            assertTrue("Mara's one slot is Tomáš's", !found.values().get(1).load().hasRoom());
            assertEquals("mentors in Public speaking; speaks English; same time zone; 4 hours a month",
                    host.app.graph.mentorViews().views(found, Locale.ENGLISH).get(0).reason());
        }
    }
}
