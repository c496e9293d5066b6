package org.mentoring.network;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.TestHost;

/** The standalone host's demo data shows one accepted introduction: Mara introduced Pam to Tomáš. */
public class DemoIntroductionsTest {
    @Test
    public void tomasAndPamAreConnectedThroughMara() throws Exception {
        try (TestHost host = TestHost.start()) {
            assertTrue(DemoData.seedOnce(host.app));
            IntroductionService intros = host.app.graph.introductions();
            Introduction tomas = intros.networkOf("u-tomas", PageRequest.first(10)).values().get(0);
            assertEquals(IntroductionStatus.ACCEPTED, tomas.status());
            assertEquals("u-pam", tomas.introducedKey());
            assertEquals("u-mara", tomas.askedKey());
            assertEquals(1, intros.networkOf("u-pam", PageRequest.first(10)).total());
            assertEquals(1, intros.madeBy("u-mara", PageRequest.first(10)).total());
            assertEquals("Zoë is in none of it", 0, intros.networkOf("u-zoe", PageRequest.first(10)).total());
        }
    }
}
