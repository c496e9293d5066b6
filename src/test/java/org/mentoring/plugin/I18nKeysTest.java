package org.mentoring.plugin;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** Every message key the code uses exists, and every message is a valid MessageFormat pattern. */
public class I18nKeysTest {
    private static final Pattern KEY = Pattern.compile("\"(mentoring\\.[a-z]+\\.[a-zA-Z0-9_.]+)\"");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream("/i18n/mentoring.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    public void everyKeyUsedInTheCodeExists() throws IOException {
        Properties bundle = bundle();
        TreeSet<String> missing = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/standalone/java"), Path.of("src/main/resources/templates"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1);
                        boolean known = key.endsWith(".")
                                ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                                : bundle.containsKey(key);
                        if (!known) {
                            missing.add(key + " (" + file + ")");
                        }
                    }
                }
            }
        }
        assertTrue("keys missing from i18n/mentoring.properties: " + missing, missing.isEmpty());
    }

    @Test
    public void everyMessageIsAValidPattern() throws IOException {
        List<String> broken = new ArrayList<>();
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            try {
                new MessageFormat(bundle.getProperty(key));
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
            if (bundle.getProperty(key).matches(".*[^']'[^'].*") && !bundle.getProperty(key).contains("''")) {
                broken.add(key + ": a single apostrophe is swallowed by MessageFormat; write ''");
            }
        }
        assertTrue(broken.toString(), broken.isEmpty());
    }
}
