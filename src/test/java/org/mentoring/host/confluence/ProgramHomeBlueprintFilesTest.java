package org.mentoring.host.confluence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The "Program home" blueprint's files hang together (Confluence itself is not here to load them): the page template
 * is storage format laying out the overview with the mentoring-program macro for the chosen program, every text and
 * variable it names exists, and the wizard's Soy template and script are the ones the descriptor names.
 */
public class ProgramHomeBlueprintFilesTest {
    private static String resource(String path) throws Exception {
        try (InputStream in = ProgramHomeBlueprintFilesTest.class.getResourceAsStream(path)) {
            assertTrue(path + " exists", in != null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void thePageTemplateLaysOutTheOverviewAroundTheProgramsFigures() throws Exception {
        String storage = resource("/templates/blueprint/program-home.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<root xmlns:ac=\"urn:ac\" xmlns:at=\"urn:at\">" + storage + "</root>")));
        NodeList found = page.getElementsByTagNameNS("urn:ac", "structured-macro");
        assertEquals("one macro: the program's figures", 1, found.getLength());
        Element macro = (Element) found.item(0);
        assertEquals("mentoring-program", macro.getAttributeNS("urn:ac", "name"));
        Element parameter = (Element) macro.getElementsByTagNameNS("urn:ac", "parameter").item(0);
        assertEquals("program", parameter.getAttributeNS("urn:ac", "name"));
        Element variable = (Element) parameter.getElementsByTagNameNS("urn:at", "var").item(0);
        assertEquals("the macro shows the program the wizard chose", "programId", variable.getAttributeNS("urn:at", "name"));

        Set<String> variables = new TreeSet<>();
        NodeList vars = page.getElementsByTagNameNS("urn:at", "var");
        for (int i = 0; i < vars.getLength(); i++) {
            variables.add(((Element) vars.item(i)).getAttributeNS("urn:at", "name"));
        }
        for (int i = 0; i < vars.getLength(); i++) {
            Element v = (Element) vars.item(i);
            assertEquals("the only raw variable is the link the provider builds and escapes",
                    "programLink".equals(v.getAttributeNS("urn:at", "name")) ? "true" : "", v.getAttributeNS("urn:at", "rawxhtml"));
        }
        assertEquals("every variable is one the context provider fills in",
                new TreeSet<>(List.of("programId", "programDescription", "programObjectives", "programLink")), variables);

        ResourceBundle texts = ResourceBundle.getBundle("i18n.mentoring");
        List<String> headings = new ArrayList<>();
        NodeList keys = page.getElementsByTagNameNS("urn:at", "i18n");
        for (int i = 0; i < keys.getLength(); i++) {
            String key = ((Element) keys.item(i)).getAttributeNS("urn:at", "key");
            assertTrue(key + " is in the bundle", texts.containsKey(key));
            if (key.contains(".heading.")) {
                headings.add(texts.getString(key));
            }
        }
        assertEquals(List.of("Objectives", "How to enrol", "The program in figures", "Questions and answers", "Contacts"), headings);
        assertThat("the descriptor declares the macro", resource("/atlassian-plugin.xml"), containsString("<xhtml-macro name=\"mentoring-program\""));
    }

    @Test
    public void theWizardIsTheOneTheDescriptorNames() throws Exception {
        String descriptor = resource("/atlassian-plugin.xml");
        String soy = resource("/soy/program-home-wizard.soy");
        String script = resource("/web/js/program-home-wizard.js");
        assertThat(descriptor, containsString("template-key=\"Mentoring.Blueprints.programHomeWizard\""));
        assertThat(descriptor, containsString("location=\"templates/blueprint/program-home.xml\""));
        assertThat(descriptor, containsString("class=\"org.mentoring.host.confluence.ProgramHomeBlueprintContextProvider\""));
        assertThat(descriptor, containsString("location=\"soy/program-home-wizard.soy\""));
        assertThat(descriptor, containsString("location=\"web/js/program-home-wizard.js\""));
        assertThat(soy, containsString("{namespace Mentoring.Blueprints}"));
        assertThat(soy, containsString("{template .programHomeWizard}"));
        assertThat("the wizard's field is what the context provider reads", soy, containsString("name=\"programId\""));
        assertThat(descriptor, containsString("<dialog-page id=\"programHomePage\""));
        assertThat(script, containsString("'post-render.programHomePage'"));
        assertThat(script, containsString("'submit.programHomePage'"));
        assertThat(descriptor, containsString("<web-item key=\"mentoring-program-home-blueprint-item\""));
        assertThat(script, containsString("'org.mentoring.mentoring:mentoring-program-home-blueprint-item'"));
        assertThat(descriptor, containsString("<param name=\"blueprintKey\" value=\"mentoring-program-home-blueprint\"/>"));
        ResourceBundle texts = ResourceBundle.getBundle("i18n.mentoring");
        for (String key : List.of("mentoring.programhome.wizard.program", "mentoring.programhome.wizard.program.desc",
                "mentoring.programhome.wizard.required", "mentoring.programhome.name", "mentoring.programhome.desc",
                "mentoring.programhome.template.name", "mentoring.programhome.template.desc", "mentoring.programhome.index.title",
                "mentoring.programhome.wizard.title", "mentoring.programhome.wizard.header", "mentoring.programhome.wizard.content")) {
            assertTrue(key, texts.containsKey(key));
        }
        assertTrue("the create dialog's icon", ProgramHomeBlueprintFilesTest.class.getResource("/images/blueprint-program.png") != null);
    }
}
