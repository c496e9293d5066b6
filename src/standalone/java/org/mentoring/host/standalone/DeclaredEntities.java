package org.mentoring.host.standalone;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The entities the plugin descriptor's {@code <ao>} module declares: the standalone host migrates exactly
 * what Jira and Confluence would, so there is one list, in atlassian-plugin.xml.
 */
public final class DeclaredEntities {
    private DeclaredEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] fromDescriptor() {
        try (InputStream in = DeclaredEntities.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("entity");
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element entity = (Element) nodes.item(i);
                entities.add((Class<? extends RawEntity<?>>) Class.forName(entity.getTextContent().strip()));
            }
            return entities.toArray(new Class[0]);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the entities declared in atlassian-plugin.xml", e);
        }
    }
}
