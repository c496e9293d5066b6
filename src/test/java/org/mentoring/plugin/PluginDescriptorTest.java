package org.mentoring.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Everything atlassian-plugin.xml and the Spring wiring name exists, and fits the hosts' limits. */
public class PluginDescriptorTest {
    private static final List<String> CLASS_ELEMENTS = List.of("entity", "condition-class", "validator-class",
            "function-class", "upgradeTask");

    private static Document parse(String resource) throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream(resource)) {
            assertNotNull(resource + " is on the classpath", in);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> all(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    public void everyClassTheDescriptorNamesExists() throws Exception {
        Document descriptor = parse("/atlassian-plugin.xml");
        List<String> missing = new ArrayList<>();
        NodeList everything = descriptor.getElementsByTagName("*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            if (e.hasAttribute("class") && !e.getAttribute("class").isEmpty()) {
                check(e.getAttribute("class"), missing);
            }
            if (CLASS_ELEMENTS.contains(e.getTagName())) {
                check(e.getTextContent().strip(), missing);
            }
        }
        assertTrue("missing classes: " + missing, missing.isEmpty());
    }

    @Test
    public void entitiesFitOracleIdentifierLimits() throws Exception {
        for (Element e : all(parse("/atlassian-plugin.xml"), "entity")) {
            Class<?> type = Class.forName(e.getTextContent().strip());
            assertTrue(type + " is an AO entity interface", type.isInterface() && RawEntity.class.isAssignableFrom(type));
            Table table = type.getAnnotation(Table.class);
            assertNotNull(type + " names its table", table);
            assertTrue(type + ": AO_XXXXXX_" + table.value() + " exceeds 30 characters", ("AO_XXXXXX_" + table.value()).length() <= 30);
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().startsWith("get") && !Modifier.isStatic(m.getModifiers())) {
                    String column = m.getName().substring(3).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
                    assertTrue(type.getSimpleName() + "." + column + " exceeds 30 characters", column.length() <= 30);
                }
            }
        }
    }

    @Test
    public void declaresDataCenterCompatibilityAndItsI18nBundle() throws Exception {
        Document descriptor = parse("/atlassian-plugin.xml");
        Set<String> params = new HashSet<>();
        for (Element p : all(descriptor, "param")) {
            params.add(p.getAttribute("name") + "=" + p.getTextContent().strip());
        }
        assertTrue(params.contains("atlassian-data-center-status=compatible"));
        assertTrue(params.contains("atlassian-data-center-compatible=true"));
        for (Element r : all(descriptor, "resource")) {
            String location = r.getAttribute("location");
            String path = "i18n".equals(r.getAttribute("type")) ? "/" + location + ".properties" : "/" + location;
            assertNotNull("resource " + location + " exists", PluginDescriptorTest.class.getResource(path));
        }
    }

    /** Platform 7+ secures servlets by default: each page servlet declares who may use it, as the REST resources do. */
    @Test
    public void everyServletDeclaresItsAccess() throws Exception {
        List<Element> servlets = all(parse("/atlassian-plugin.xml"), "servlet");
        assertFalse(servlets.isEmpty());
        for (Element servlet : servlets) {
            Class<?> type = Class.forName(servlet.getAttribute("class"));
            boolean declared = false;
            for (java.lang.annotation.Annotation a : type.getAnnotations()) {
                declared |= a.annotationType().getPackageName().equals("com.atlassian.annotations.security");
            }
            assertTrue(type.getName() + " carries a com.atlassian.annotations.security annotation", declared);
        }
        assertTrue(Class.forName("org.mentoring.web.AdminServlet").isAnnotationPresent(com.atlassian.annotations.security.AdminOnly.class));
    }

    /** Host services come only through Spring Scanner's index files: no Gemini Blueprint element in our Spring XML. */
    @Test
    public void theSpringXmlImportsNothingItselfAndAsksTheScannerForTheIndexes() throws Exception {
        String xml;
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse("no osgi: elements", xml.contains("gemini") || xml.contains("springframework.org/schema/osgi"));
        assertTrue(xml.contains("<atlassian-scanner:scan-indexes/>"));
    }

    @Test
    public void everyI18nKeyTheDescriptorNamesExists() throws Exception {
        java.util.Properties bundle = new java.util.Properties();
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/i18n/mentoring.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        NodeList everything = parse("/atlassian-plugin.xml").getElementsByTagName("*");
        for (int i = 0; i < everything.getLength(); i++) {
            Element e = (Element) everything.item(i);
            for (String attribute : List.of("i18n-name-key", "key")) {
                String key = e.getAttribute(attribute);
                boolean isText = "i18n-name-key".equals(attribute) || List.of("label", "description").contains(e.getTagName());
                if (isText && !key.isEmpty() && !bundle.containsKey(key)) {
                    missing.add(e.getTagName() + " " + attribute + "=" + key);
                }
            }
        }
        assertTrue("i18n keys missing: " + missing, missing.isEmpty());
    }

    /** Jira stores each module's key in its copy of the goal workflow (full.module.key): each must be a module of ours. */
    @Test
    public void everyModuleTheGoalWorkflowNamesIsDeclaredWithTheClassItNames() throws Exception {
        Document descriptor = parse("/atlassian-plugin.xml");
        java.util.Map<String, String> classByModule = new java.util.HashMap<>();
        for (String kind : List.of("workflow-condition", "workflow-validator", "workflow-function")) {
            for (Element module : all(descriptor, kind)) {
                String type = kind.substring("workflow-".length());
                classByModule.put("org.mentoring.mentoring:" + module.getAttribute("key"),
                        module.getElementsByTagName(type + "-class").item(0).getTextContent().strip());
                assertEquals(module.getAttribute("key") + " is Jira-only", "jira", module.getAttribute("application"));
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document workflow = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader(org.mentoring.goal.GoalWorkflow.readDefinitionXml())));
        int checked = 0;
        for (Element rule : all(workflow, "arg")) {
            if ("full.module.key".equals(rule.getAttribute("name"))) {
                Element parent = (Element) rule.getParentNode();
                String className = null;
                for (Element arg : all(workflow, "arg")) {
                    if (arg.getParentNode() == parent && "class.name".equals(arg.getAttribute("name"))) {
                        className = arg.getTextContent().strip();
                    }
                }
                String key = rule.getTextContent().strip();
                assertTrue("the workflow names module " + key, classByModule.containsKey(key));
                assertEquals(key, classByModule.get(key), className);
                checked++;
            }
        }
        assertTrue(checked > 10);
        assertEquals("every workflow module is used by the workflow", 7, classByModule.size());
    }

    private static void check(String className, List<String> missing) {
        try {
            Class.forName(className);
        } catch (ClassNotFoundException e) {
            missing.add(className);
        }
    }
}
