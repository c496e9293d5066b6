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

/**
 * Every message key the code uses exists, every message is a valid MessageFormat pattern, and every text that can go
 * out by mail has German.
 */
public class I18nKeysTest {
    private static final Pattern KEY = Pattern.compile("\"(mentoring\\.[a-z]+\\.[a-zA-Z0-9_.]+)\"");

    /** A notice's or reminder's sentence, or the kind or role it names: what a mail says, besides its frame. */
    private static final Pattern MAILED = Pattern.compile("mentoring\\.([a-z]+\\.)?notify\\..+");

    private static Properties bundle() throws IOException {
        return bundle("/i18n/mentoring.properties");
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream(resource)) {
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

    /**
     * Mail goes out in the reader's language: every notice and reminder sentence, and every key of the mail's frame
     * (the composer and the mail templates), has German, with no argument the English text lacks.
     */
    @Test
    public void everyMailTextHasGerman() throws IOException {
        Properties english = bundle();
        Properties german = bundle("/i18n/mentoring_de.properties");
        TreeSet<String> mailed = new TreeSet<>();
        english.stringPropertyNames().stream().filter(k -> MAILED.matcher(k).matches()).forEach(mailed::add);
        List<Path> frame = new ArrayList<>(List.of(Path.of("src/main/java/org/mentoring/notification/MailComposer.java")));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/mail"))) {
            files.forEach(frame::add);
        }
        for (Path file : frame) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                mailed.add(m.group(1));
            }
        }
        assertTrue("the mail's notices, reminders and frame: " + mailed, mailed.size() > 60 && mailed.contains("mentoring.mail.subject")
                && mailed.contains("mentoring.relationship.notify.MATCH_PROPOSE"));
        TreeSet<String> lacking = new TreeSet<>();
        for (String key : mailed) {
            String text = german.getProperty(key);
            if (text == null || text.isBlank()) {
                lacking.add(key);
            } else if (!arguments(english.getProperty(key)).containsAll(arguments(text))) {
                lacking.add(key + " (an argument the English text has not)");
            } else {
                new MessageFormat(text); // a broken pattern fails here
            }
        }
        assertTrue("mail texts without German in i18n/mentoring_de.properties: " + lacking, lacking.isEmpty());
    }

    private static TreeSet<String> arguments(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([0-9]+)").matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
