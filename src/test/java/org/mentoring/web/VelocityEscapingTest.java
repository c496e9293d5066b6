package org.mentoring.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import org.junit.Test;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.VelocityViewRenderer;
import org.mentoring.host.standalone.WebResourceBatches;

/** Every reference is escaped by default; only names ending in Html stay raw (the hosts' convention). */
public class VelocityEscapingTest {
    @Test
    public void escapesEverythingButHtmlReferences() throws Exception {
        StringWriter out = new StringWriter();
        new VelocityViewRenderer(DemoUsers.directory()).render("templates/not-found.vm",
                PageContext.of(java.util.Locale.ENGLISH, "\"><script>x</script>", null), out);
        String html = out.toString();
        assertTrue(html, html.contains("data-context-path=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""));
        assertFalse(html.contains("<script>x</script>"));
        assertTrue("webResourcesHtml is raw", html.contains("<link rel=\"stylesheet\" href=\"" + WebResourceBatches.standard().auiCss() + "\">"));
        assertTrue(html.contains("Page not found"));
    }

    @Test
    public void decidesRawnessByTheReferencesLastName() {
        assertEquals(true, isRaw("$webResourcesHtml"));
        assertEquals(true, isRaw("$!page.bodyHtml"));
        assertEquals(true, isRaw("${x.renderHtml()}"));
        assertEquals(false, isRaw("$htmlTitle"));
        assertEquals(false, isRaw("$item.name"));
        assertEquals(false, isRaw("$i18n.getText(\"mentoring.page.my.title\")"));
    }

    private static boolean isRaw(String reference) {
        return VelocityViewRenderer.EscapeUnlessHtml.isRaw(reference);
    }
}
