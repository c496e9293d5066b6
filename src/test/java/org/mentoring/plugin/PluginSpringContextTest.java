package org.mentoring.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin's Spring XML started in a real Spring 6 container, once as Jira and once as Confluence: Spring Scanner's
 * part is played by {@link ScanIndexes}, which does what the host's scanner runtime does with the index files
 * (each import becomes a bean of the imported interface under its name, here a Mockito mock; each component is built
 * by constructor). Then every class atlassian-plugin.xml names is created as the plugin system creates module classes:
 * {@code createBean(class, AUTOWIRE_CONSTRUCTOR, false)} against that context.
 */
@RunWith(Parameterized.class)
public class PluginSpringContextTest {
    static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> products() {
        return List.of(new Object[] {"jira"}, new Object[] {"confluence"});
    }

    private final String product;
    private GenericApplicationContext context;

    public PluginSpringContextTest(String product) {
        this.product = product;
    }

    @After
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    public void everyBeanOfThePluginsSpringXmlIsCreated() throws Exception {
        context = start(product);
        List<String> names = Arrays.asList(context.getBeanDefinitionNames());
        for (String name : names) {
            assertTrue(name + " is created", context.getBean(name) != null);
        }
        for (String imported : ScanIndexes.lines("imports")) {
            assertTrue("the import " + imported + " is a bean", names.contains(ScanIndexes.beanName(imported)));
        }
        boolean jira = "jira".equals(product);
        Object host = context.getBean("jiraHost");
        assertEquals("Jira's parts serve exactly when the host is Jira", jira, host.getClass().getMethod("isJira").invoke(host));
        assertEquals("Jira-only imports only in Jira", jira, names.contains("issueService"));
        assertEquals("Confluence-only imports only in Confluence", !jira, names.contains("templateRendererHelper"));
    }

    @Test
    public void everyClassTheDescriptorNamesIsBuiltByConstructorAutowiring() throws Exception {
        context = start(product);
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        List<String> failures = new ArrayList<>();
        Set<String> classes = moduleClasses(product);
        for (String name : classes) {
            try {
                Class<?> type = Class.forName(name, false, context.getClassLoader());
                Object module = factory.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
                if (module == null) {
                    failures.add(name + ": nothing created");
                }
            } catch (Exception | LinkageError e) {
                failures.add(name + ": " + e);
            }
        }
        assertTrue("module classes that cannot be built in " + product + ": " + failures, failures.isEmpty());
        assertTrue("servlets, REST resources and macros are among them: " + classes,
                classes.contains("org.mentoring.web.AdminServlet") && classes.contains("org.mentoring.relationship.RelationshipResource")
                        && classes.contains("jira".equals(product) ? "org.mentoring.host.jira.workflow.GoalTransitionFunction"
                                : "org.mentoring.host.confluence.FeedbackMacro"));
    }

    /** The index files and the code cannot drift apart: every import is taken by some constructor the host will call. */
    @Test
    public void everyImportIsTakenBySomeConstructor() throws Exception {
        context = start(product);
        Set<Class<?>> taken = new java.util.HashSet<>();
        Set<String> builders = new TreeSet<>(moduleClasses(product));
        for (String name : context.getBeanDefinitionNames()) {
            String type = context.getBeanDefinition(name).getBeanClassName();
            if (type != null && type.startsWith("org.mentoring.")) {
                builders.add(type);
            }
        }
        for (String name : builders) {
            for (var constructor : Class.forName(name).getConstructors()) {
                taken.addAll(Arrays.asList(constructor.getParameterTypes()));
            }
        }
        for (String line : ScanIndexes.concat(ScanIndexes.lines("imports"), ScanIndexes.lines("imports-" + product))) {
            assertTrue(line + " is needed by a bean or module class", taken.contains(Class.forName(ScanIndexes.className(line))));
        }
    }

    /** The plugin's Spring XML with the scanner's element handled by {@link ScanIndexes}, as {@code product}. */
    static GenericApplicationContext start(String product) {
        GenericApplicationContext context = new GenericApplicationContext();
        ClassLoader loader = ProductClassLoader.of(product);
        context.setClassLoader(loader);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(loader);
        NamespaceHandlerResolver spring = new DefaultNamespaceHandlerResolver();
        ScanIndexes scanner = new ScanIndexes(product, loader);
        reader.setNamespaceHandlerResolver(namespace -> SCANNER_NAMESPACE.equals(namespace) ? scanner : spring.resolve(namespace));
        try {
            reader.loadBeanDefinitions(new ClassPathResource("META-INF/spring/plugin-context.xml"));
        } catch (RuntimeException e) {
            throw new AssertionError("the plugin's Spring XML loads", e);
        }
        context.refresh();
        return context;
    }

    /**
     * Every class of ours that atlassian-plugin.xml names for {@code product} (modules without an application attribute
     * load in both): module classes, conditions, context providers, workflow classes and their factories, and the
     * REST resources and providers of the plugin, and the Active Objects upgrade tasks. Host classes (com.atlassian…) are the host's to build.
     */
    static Set<String> moduleClasses(String product) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        Document descriptor;
        try (InputStream in = PluginSpringContextTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = dbf.newDocumentBuilder().parse(in);
        }
        Set<String> classes = new TreeSet<>();
        NodeList modules = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            if (!(modules.item(i) instanceof Element module)) {
                continue;
            }
            String application = module.getAttribute("application");
            if (!application.isEmpty() && !application.equals(product)) {
                continue;
            }
            collect(module, classes);
            if ("rest".equals(module.getTagName())) {
                classes.addAll(resources());
            }
        }
        classes.removeIf(name -> !name.startsWith("org.mentoring."));
        return classes;
    }

    private static void collect(Element element, Set<String> classes) {
        if (element.hasAttribute("class")) {
            classes.add(element.getAttribute("class"));
        }
        // Active Objects builds each <upgradeTask> through the plugin's container too (ContainerAccessor.createBean).
        if (element.getTagName().endsWith("-class") || element.getTagName().equals("upgradeTask")) {
            classes.add(element.getTextContent().strip());
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) children.item(i), classes);
            }
        }
    }

    /** The REST module's classes: every @Path resource and @Provider of the plugin (the module scans the whole plugin). */
    private static List<String> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(PluginSpringContextTest.class.getResource("/atlassian-plugin.xml").toURI()).getParent();
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/mentoring"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                    found.add(name);
                }
            }
        }
        assertTrue("the plugin has REST resources and providers: " + found, found.size() > 5);
        return found;
    }

    /**
     * The plugin's classes (and the stubs) as one product sees them: the other product's API does not exist. So the
     * Confluence run fails if building the context or a module needs any com.atlassian.jira class, and the Jira run if
     * anything needs a com.atlassian.confluence one (the bundle imports both optionally).
     */
    static final class ProductClassLoader extends java.net.URLClassLoader {
        private final String absent;

        private ProductClassLoader(java.net.URL classes, String absent) {
            super(new java.net.URL[] {classes}, PluginSpringContextTest.class.getClassLoader());
            this.absent = absent;
        }

        static ProductClassLoader of(String product) {
            try {
                java.net.URL classes = java.nio.file.Path.of(PluginSpringContextTest.class.getResource("/atlassian-plugin.xml").toURI())
                        .getParent().toUri().toURL();
                return new ProductClassLoader(classes, "jira".equals(product) ? "com.atlassian.confluence." : "com.atlassian.jira.");
            } catch (URISyntaxException | java.net.MalformedURLException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith(absent)) {
                    throw new ClassNotFoundException(name + " does not exist in this product");
                }
                if (!name.startsWith("org.mentoring.") && !name.startsWith("com.atlassian.") && !name.startsWith("org.ofbiz.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    type = findClass(name);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }

    /**
     * What the host's Spring Scanner runtime does with {@code <atlassian-scanner:scan-indexes/>}: reads
     * META-INF/plugin-components/imports (+ imports-PRODUCT) and registers each {@code Interface#beanName} as a bean of
     * that interface (an OSGi service proxy there, a Mockito mock here), and builds each class in component
     * (+ component-PRODUCT) by constructor autowiring.
     */
    static final class ScanIndexes implements NamespaceHandler {
        private final String product;
        private final ClassLoader loader;

        ScanIndexes(String product, ClassLoader loader) {
            this.product = product;
            this.loader = loader;
        }

        static List<String> lines(String index) {
            try (InputStream in = PluginSpringContextTest.class.getResourceAsStream("/META-INF/plugin-components/" + index)) {
                if (in == null) {
                    return List.of();
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        static String beanName(String line) {
            int hash = line.indexOf('#');
            String simple = line.substring(line.lastIndexOf('.') + 1);
            return hash >= 0 ? line.substring(hash + 1) : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }

        static String className(String line) {
            int hash = line.indexOf('#');
            return hash >= 0 ? line.substring(0, hash) : line;
        }

        @Override
        public void init() {
        }

        @Override
        public BeanDefinition parse(Element element, ParserContext parserContext) {
            var registry = parserContext.getRegistry();
            for (String line : concat(lines("imports"), lines("imports-" + product))) {
                Class<?> type = load(line);
                assertTrue(line + " imports an interface", type.isInterface());
                RootBeanDefinition imported = new RootBeanDefinition(type);
                imported.setInstanceSupplier(() -> service(type));
                registry.registerBeanDefinition(beanName(line), imported);
            }
            for (String line : concat(lines("component"), lines("component-" + product))) {
                RootBeanDefinition component = new RootBeanDefinition(load(line));
                component.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
                registry.registerBeanDefinition(beanName(line), component);
            }
            return null;
        }

        private Object service(Class<?> type) {
            return mock(type);
        }

        private Class<?> load(String line) {
            try {
                return Class.forName(className(line), false, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("index line names a class: " + line, e);
            }
        }

        static List<String> concat(List<String> a, List<String> b) {
            return Stream.concat(a.stream(), b.stream()).toList();
        }

        @Override
        public org.springframework.beans.factory.config.BeanDefinitionHolder decorate(Node source,
                org.springframework.beans.factory.config.BeanDefinitionHolder definition, ParserContext parserContext) {
            return definition;
        }
    }
}
