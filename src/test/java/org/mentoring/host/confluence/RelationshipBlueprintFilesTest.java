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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The blueprint's files hang together (Confluence itself is not here to load them): the page template is storage
 * format whose every macro names the chosen relationship, its texts exist, and the wizard's Soy template and script
 * are the ones the descriptor names.
 */
public class RelationshipBlueprintFilesTest {
    private static String resource(String path) throws Exception {
        try (InputStream in = RelationshipBlueprintFilesTest.class.getResourceAsStream(path)) {
            assertTrue(path + " exists", in != null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void thePageTemplateLaysOutEveryMacroForTheChosenRelationship() throws Exception {
        String storage = resource("/templates/blueprint/relationship-page.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<root xmlns:ac=\"urn:ac\" xmlns:at=\"urn:at\">" + storage + "</root>")));
        List<String> macros = new ArrayList<>();
        NodeList found = page.getElementsByTagNameNS("urn:ac", "structured-macro");
        for (int i = 0; i < found.getLength(); i++) {
            Element macro = (Element) found.item(i);
            macros.add(macro.getAttributeNS("urn:ac", "name"));
            Element parameter = (Element) macro.getElementsByTagNameNS("urn:ac", "parameter").item(0);
            assertEquals("relationship", parameter.getAttributeNS("urn:ac", "name"));
            Element variable = (Element) parameter.getElementsByTagNameNS("urn:at", "var").item(0);
            assertEquals("each macro shows the relationship the wizard chose", "relationshipId", variable.getAttributeNS("urn:at", "name"));
        }
        assertEquals(List.of("mentoring-relationship", "mentoring-goals", "mentoring-sessions", "mentoring-feedback"), macros);
        ResourceBundle texts = ResourceBundle.getBundle("i18n.mentoring");
        NodeList keys = page.getElementsByTagNameNS("urn:at", "i18n");
        for (int i = 0; i < keys.getLength(); i++) {
            String key = ((Element) keys.item(i)).getAttributeNS("urn:at", "key");
            assertTrue(key + " is in the bundle", texts.containsKey(key));
        }
        String descriptor = resource("/atlassian-plugin.xml");
        for (String macro : macros) {
            assertThat("the descriptor declares " + macro, descriptor, containsString("<xhtml-macro name=\"" + macro + "\""));
        }
    }

    @Test
    public void theWizardIsTheOneTheDescriptorNames() throws Exception {
        String descriptor = resource("/atlassian-plugin.xml");
        String soy = resource("/soy/relationship-wizard.soy");
        String script = resource("/web/js/relationship-wizard.js");
        assertThat(descriptor, containsString("template-key=\"Mentoring.Blueprints.relationshipWizard\""));
        assertThat(soy, containsString("{namespace Mentoring.Blueprints}"));
        assertThat(soy, containsString("{template .relationshipWizard}"));
        assertThat("the wizard's field is what the context provider reads", soy, containsString("name=\"relationshipId\""));
        assertThat(descriptor, containsString("<dialog-page id=\"relationshipPage\""));
        assertThat(script, containsString("'post-render.relationshipPage'"));
        assertThat(script, containsString("'submit.relationshipPage'"));
        assertThat(descriptor, containsString("<web-item key=\"mentoring-relationship-blueprint-item\""));
        assertThat(script, containsString("'org.mentoring.mentoring:mentoring-relationship-blueprint-item'"));
        ResourceBundle texts = ResourceBundle.getBundle("i18n.mentoring");
        for (String key : List.of("mentoring.blueprint.wizard.relationship", "mentoring.blueprint.wizard.relationship.desc",
                "mentoring.blueprint.wizard.required")) {
            assertTrue(key, texts.containsKey(key));
        }
    }
}
