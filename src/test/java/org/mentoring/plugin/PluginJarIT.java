package org.mentoring.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/** The plugin jar users install: its contents, its manifest, and that an OSGi framework resolves it. */
public class PluginJarIT {
    /**
     * What a Platform 8 host (Jira 11 / Confluence 10) exports besides the Atlassian APIs: written out here,
     * not copied from the plugin's own Import-Package, so a wrong import range fails this test.
     */
    private static final String HOST_LIBRARIES = String.join(",",
            "jakarta.servlet;version=6.0.0", "jakarta.servlet.http;version=6.0.0",
            "jakarta.ws.rs;version=3.1.0", "jakarta.ws.rs.core;version=3.1.0", "jakarta.ws.rs.ext;version=3.1.0",
            "jakarta.ws.rs.container;version=3.1.0", "jakarta.inject;version=2.0.1",
            "com.fasterxml.jackson.annotation;version=2.15.2", "com.fasterxml.jackson.core;version=2.15.2",
            "com.fasterxml.jackson.databind;version=2.15.2", "com.fasterxml.jackson.databind.exc;version=2.15.2",
            "com.fasterxml.jackson.databind.cfg;version=2.15.2", "com.fasterxml.jackson.databind.json;version=2.15.2",
            "com.fasterxml.jackson.databind.type;version=2.15.2",
            "net.java.ao;version=6.1.1", "net.java.ao.schema;version=6.1.1",
            "org.slf4j;version=2.0.9", "javax.annotation;version=3.0.2",
            "com.opensymphony.workflow;version=2.9.0", "com.opensymphony.module.propertyset;version=1.5.0",
            "com.atlassian.plugin.osgi.bridge.external");

    private Framework framework;
    private Path storage;

    private static Path pluginJar() {
        String path = System.getProperty("mentoring.plugin.jar");
        assertNotNull("mentoring.plugin.jar is set by the build", path);
        return Path.of(path);
    }

    @After
    public void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
        if (storage != null) {
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    public void holdsOnlyThePluginsOwnClasses() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            jar.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("com/atlassian/") || n.startsWith("org/mentoring/host/standalone/")
                            || n.startsWith("org/mentoring/testing/") || n.endsWith("Test.class") || n.endsWith("IT.class")
                            || n.startsWith("static/vendor/"))
                    .forEach(foreign::add);
            assertTrue("the plugin jar must not carry these: " + foreign, foreign.isEmpty());
            assertNotNull(jar.getEntry("org/mentoring/relationship/RelationshipService.class"));
            assertNotNull("JGraphT is embedded", jar.getEntry("org/jgrapht/alg/flow/mincost/CapacityScalingMinimumCostFlow.class"));
            assertNotNull("with its heaps", jar.getEntry("org/jheaps/tree/PairingHeap.class"));
        }
    }

    @Test
    public void carriesTheFilteredDescriptorAndPluginHeaders() throws IOException {
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            String descriptor = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(descriptor.contains("key=\"org.mentoring.mentoring\""));
            assertFalse("every Maven placeholder is filtered", descriptor.contains("${"));
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("org.mentoring.mentoring", main.getValue("Atlassian-Plugin-Key"));
            assertEquals("org.mentoring.mentoring", main.getValue(Constants.BUNDLE_SYMBOLICNAME));
            assertEquals("*", main.getValue("Spring-Context"));
            assertNotNull(jar.getEntry("META-INF/spring/plugin-context.xml"));
            for (String index : List.of("imports", "imports-jira", "imports-confluence", "component-jira")) {
                assertNotNull("Spring Scanner index " + index, jar.getEntry("META-INF/plugin-components/" + index));
            }
        }
    }

    @Test
    public void importsEveryAtlassianPackageItUsesProductOnesOptionally() throws IOException {
        String imports;
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            imports = jar.getManifest().getMainAttributes().getValue(Constants.IMPORT_PACKAGE);
        }
        Map<String, String> clauses = clauses(imports);
        for (String pkg : stubPackages()) {
            assertTrue("Import-Package lacks " + pkg + ": " + imports, clauses.containsKey(pkg));
            if (pkg.startsWith("com.atlassian.jira") || pkg.startsWith("com.atlassian.confluence") || pkg.startsWith("com.atlassian.query")) {
                assertTrue(pkg + " is product-specific and must be optional", clauses.get(pkg).contains("resolution:=optional"));
            }
        }
    }

    @Test
    public void resolvesInAnOsgiFrameworkAgainstTheHostsPackages() throws Exception {
        storage = Files.createTempDirectory("felix");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, HOST_LIBRARIES);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();

        Path stubs = hostStubsBundle(storage.resolve("host-stubs.jar"));
        framework.getBundleContext().installBundle(stubs.toUri().toString()).start();
        Bundle plugin = framework.getBundleContext().installBundle(pluginJar().toUri().toString());
        try {
            plugin.start();
        } catch (BundleException e) {
            fail("The plugin bundle does not resolve: " + e.getMessage());
        }
        assertEquals(Bundle.ACTIVE, plugin.getState());
        assertNotNull("its classes load inside the framework",
                plugin.loadClass("org.mentoring.relationship.RelationshipResource"));
        assertNotNull("cohort matching and the JGraphT classes it runs on load inside the framework",
                plugin.loadClass("org.mentoring.program.CohortMatcher").getMethod("match", List.class, List.class,
                        java.util.function.BiPredicate.class));
        assertNotNull(plugin.loadClass("org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow"));
    }

    /** The Atlassian packages, as a bundle built from the signature-only stubs (what Jira/Confluence export). */
    private static Path hostStubsBundle(Path target) throws IOException {
        Path classes = Path.of("target/classes");
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, "host.stubs");
        a.putValue(Constants.EXPORT_PACKAGE, String.join(",", stubPackages()));
        a.putValue(Constants.IMPORT_PACKAGE, "jakarta.servlet.http,net.java.ao,com.opensymphony.workflow;resolution:=optional,"
                + "com.opensymphony.workflow.loader;resolution:=optional,com.opensymphony.module.propertyset;resolution:=optional");
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes.resolve("com/atlassian"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return target;
    }

    private static TreeSet<String> stubPackages() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("com/atlassian"))) {
            TreeSet<String> packages = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".class"))
                    .forEach(p -> packages.add(classes.relativize(p.getParent()).toString().replace('/', '.')));
            return packages;
        }
    }

    /** Import-Package clauses by package name (splitting on commas outside quotes). */
    private static Map<String, String> clauses(String header) {
        Map<String, String> clauses = new HashMap<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String clause = current.toString().strip();
                clauses.put(clause.split(";")[0], clause);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return clauses;
    }
}
