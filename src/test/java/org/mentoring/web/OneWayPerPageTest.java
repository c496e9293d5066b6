package org.mentoring.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The web layer keeps one way to do each thing, checked on the sources: one page shell (only it holds the
 * document's frame, and every page template parses it), one way to build page addresses (PageLinks in Java
 * and templates, MentoringRest.links in the scripts), and every method templates call on {@code $links}
 * listed in the hosts' Velocity allowlist.
 */
public class OneWayPerPageTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String SHELL = "templates/shell.vm";
    private static final Pattern FRAME = Pattern.compile("(?i)<!doctype|<(html|head|body)[\\s>]");

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    public void onlyTheShellHoldsTheDocumentFrame() throws IOException {
        List<String> framed = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".vm")) {
            if (!template.endsWith("shell.vm") && FRAME.matcher(Files.readString(template)).find()) {
                framed.add(template.toString());
            }
        }
        assertEquals("templates with their own <!DOCTYPE>/<html>/<head>/<body>", List.of(), framed);
        String shell = Files.readString(TEMPLATES.resolve("shell.vm"));
        assertTrue(shell.startsWith("##") && shell.contains("<!DOCTYPE html>") && shell.contains("<meta name=\"decorator\" content=\"$decorator\">"));
    }

    @Test
    public void everyPageTemplateAServletRendersGoesThroughTheShell() throws IOException {
        Set<String> pageTemplates = new TreeSet<>();
        Matcher m = Pattern.compile("\"(templates/[\\w/-]+\\.vm)\"").matcher("");
        for (Path servlet : files(Path.of("src/main/java/org/mentoring/web"), "Servlet.java")) {
            m.reset(Files.readString(servlet));
            while (m.find()) {
                pageTemplates.add(m.group(1));
            }
        }
        pageTemplates.add(PageServlet.NOT_FOUND);
        assertTrue("the pages found: " + pageTemplates, pageTemplates.size() >= 6);
        List<String> notThroughShell = new ArrayList<>();
        for (String page : pageTemplates) {
            String text = Files.readString(Path.of("src/main/resources", page)).strip();
            if (!text.endsWith("#parse(\"" + SHELL + "\")") || !text.contains("#define($contentHtml)")) {
                notThroughShell.add(page);
            }
        }
        assertEquals("page templates that do not define their content and parse the shell last", List.of(), notThroughShell);
    }

    @Test
    public void pageAddressesAreBuiltInOnePlace() throws IOException {
        List<String> builders = new ArrayList<>();
        Pattern literal = Pattern.compile("[\"']/plugins/servlet/mentoring|\\$contextPath/plugins|\\{baseurl}/plugins");
        List<Path> sources = new ArrayList<>();
        sources.addAll(files(Path.of("src/main/java"), ".java"));
        sources.addAll(files(Path.of("src/standalone/java"), ".java"));
        sources.addAll(files(Path.of("src/main/resources/templates"), ".vm"));
        sources.addAll(files(Path.of("src/main/resources/web/js"), ".js"));
        for (Path source : sources) {
            if (source.endsWith("PageLinks.java") || source.endsWith("rest-client.js")) {
                continue;
            }
            String text = Files.readString(source);
            if (literal.matcher(text).find() || (source.toString().endsWith(".vm") && text.contains("/plugins/servlet/"))) {
                builders.add(source.toString());
            }
        }
        assertEquals("files that build page addresses themselves instead of through PageLinks / MentoringRest.links", List.of(), builders);
    }

    @Test
    public void everyLinkTemplatesAskForIsInTheVelocityAllowlist() throws Exception {
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"));
        Set<String> called = new TreeSet<>();
        Matcher m = Pattern.compile("\\$!?\\{?links\\.(\\w+)\\(").matcher("");
        for (Path template : files(TEMPLATES, ".vm")) {
            m.reset(Files.readString(template));
            while (m.find()) {
                called.add(m.group(1));
            }
        }
        assertTrue("templates use $links: " + called, called.containsAll(Set.of("myMentoring", "relationship", "goal", "goalBoard")));
        List<String> missing = new ArrayList<>();
        for (String name : called) {
            if (!descriptor.contains("<method>org.mentoring.web.PageLinks#" + name + "(")) {
                missing.add(name);
            }
        }
        assertEquals("$links methods templates call that the hosts would refuse", List.of(), missing);

        Matcher entry = Pattern.compile("<method>org\\.mentoring\\.web\\.PageLinks#(\\w+)\\(([^)]*)\\)</method>").matcher(descriptor);
        int entries = 0;
        while (entry.find()) {
            entries++;
            Class<?>[] parameters = entry.group(2).isEmpty() ? new Class<?>[0]
                    : Stream.of(entry.group(2).split(",")).map(OneWayPerPageTest::type).toArray(Class<?>[]::new);
            Method method = PageLinks.class.getMethod(entry.group(1), parameters);
            assertTrue(entry.group(), Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()));
        }
        assertEquals("one allowlist entry per method templates call", called.size(), entries);
    }

    private static Class<?> type(String name) {
        return switch (name.strip()) {
            case "long" -> long.class;
            case "java.lang.String" -> String.class;
            default -> throw new AssertionError("unexpected parameter type " + name);
        };
    }
}
