package org.mentoring.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.Test;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.i18n.Messages;

/** Every notification reads as a sentence for people: who did what, what they are to the reader, no enum names. */
public class NotificationTextTest {
    private final NotificationText text = new NotificationText(new InMemoryUserDirectory(
            List.of(new Person("u-mara", "mara", "Mara Okafor", true)), Set.of()));

    @Test
    public void everyNotificationKeyNamesThePersonAndWhatTheyAreToTheReader() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        List<String> keys = Collections.list(bundle.getKeys()).stream().filter(k -> k.matches("mentoring\\.(relationship|goal|feedback|session)\\.notify\\..*")).sorted().toList();
        assertTrue("found " + keys, keys.size() >= 25);
        for (String key : keys) {
            for (String role : List.of("MENTOR", "MENTEE")) {
                String sentence = text.sentence(Locale.ENGLISH, key, "u-mara", role, List.of("Public speaking", "2026-12-01"));
                assertThat(key, sentence, containsString("Mara Okafor"));
                assertThat(key, sentence, not(containsString("{")));
                assertFalse(key + ": " + sentence, sentence.matches(".*\\b[A-Z_]{3,}\\b.*"));
                assertTrue(key + ": " + sentence, sentence.endsWith("."));
                if (!key.endsWith("DECLINE") && !key.endsWith("EXPIRE")) {
                    assertThat(key, sentence, containsString(role.equals("MENTOR") ? "your mentor" : "your mentee"));
                }
            }
        }
    }

    /**
     * Introductions: sentences that say what happened and who (where the reader may know), never the purpose or the
     * note (they take no arguments at all); the ones for a member name the other member's role.
     */
    @Test
    public void everyIntroductionNoticeIsASentenceWithoutArguments() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        List<String> keys = Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith("mentoring.introduction.notify.")).sorted().toList();
        assertEquals(keys.toString(), 11, keys.size());
        Set<String> anonymous = Set.of("REFUSE", "WITHDRAWN", "CANCEL");
        Set<String> toMembers = Set.of("ASK", "DECLINE", "INTRODUCE", "WITHDRAW");
        for (String key : keys) {
            String type = key.substring(key.lastIndexOf('.') + 1);
            String sentence = text.sentence(Locale.ENGLISH, key, anonymous.contains(type) ? null : "u-mara",
                    toMembers.contains(type) ? "MENTOR" : null, List.of("SECRET-purpose"));
            assertThat(key, sentence, not(containsString("{")));
            assertThat(key, sentence, not(containsString("SECRET")));
            assertTrue(key + ": " + sentence, sentence.endsWith("."));
            assertFalse(key + ": " + sentence, sentence.matches(".*\\b[A-Z_]{3,}\\b.*"));
            if (!anonymous.contains(type)) {
                assertThat(key, sentence, containsString("Mara Okafor"));
            }
            if (toMembers.contains(type)) {
                assertThat(key, sentence, containsString("your mentor"));
            }
        }
        assertEquals("Mara Okafor would like to introduce you to someone.",
                text.sentence(Locale.ENGLISH, "mentoring.introduction.notify.INTRODUCED", "u-mara", null, List.of()));
    }

    /** A program's proposal is the program's: its reminders never say the other member proposed it, in English or German. */
    @Test
    public void aProgramsProposalIsRemindedAsTheProgramsNotAsTheOtherMembers() {
        assertEquals("Mara Okafor proposed to be your mentor and is waiting for your answer. Accept or decline the mentorship.",
                text.sentence(Locale.ENGLISH, "mentoring.reminder.notify.PROPOSAL_WAITING", "u-mara", "MENTOR", List.of()));
        assertEquals("Your program's matching proposed Mara Okafor as your mentor some days ago. Accept or decline the mentorship: "
                + "it starts when you both accept.",
                text.sentence(Locale.ENGLISH, "mentoring.reminder.notify.MATCH_PROPOSAL_WAITING", "u-mara", "MENTOR", List.of()));
        assertEquals("Your program's proposal of Mara Okafor as your mentee expires on 2026-12-01. Accept or decline it before then.",
                text.sentence(Locale.ENGLISH, "mentoring.reminder.notify.MATCH_PROPOSAL_EXPIRING", "u-mara", "MENTEE", List.of("2026-12-01")));
        String german = text.sentence(Locale.GERMAN, "mentoring.reminder.notify.MATCH_PROPOSAL_WAITING", "u-mara", "MENTOR", List.of());
        assertEquals("Dein Programm hat vor einigen Tagen eine Mentoring-Beziehung mit Mara Okafor (deine Mentorin oder dein Mentor) "
                + "vorgeschlagen. Nimm sie an oder lehne sie ab: Sie beginnt, wenn ihr beide annehmt.", german);
        assertThat("not the member's proposal", german, not(containsString("möchte")));
        assertThat(text.sentence(Locale.GERMAN, "mentoring.reminder.notify.MATCH_PROPOSAL_EXPIRING", "u-mara", "MENTEE",
                List.of("2026-12-01")), containsString("Der Vorschlag deines Programms für eine Mentoring-Beziehung mit Mara Okafor (dein Mentee)"));
    }

    /** A program's proposal notices reach a German reader in German, as the program's proposal. */
    @Test
    public void aProgramsProposalIsToldInGerman() {
        assertEquals("Das Matching deines Programms schlägt Mara Okafor als deine Mentorin oder dein Mentor vor. Nimm an oder lehne ab: "
                + "Die Mentoring-Beziehung beginnt, wenn ihr beide annehmt.",
                text.sentence(Locale.GERMAN, "mentoring.relationship.notify.MATCH_PROPOSE", "u-mara", "MENTOR", List.of()));
        assertEquals("Mara Okafor hat den Vorschlag des Programms abgelehnt, dein Mentee zu werden. Ihr kommt beide für das nächste "
                + "Matching des Programms zurück in den Pool.",
                text.sentence(Locale.GERMAN, "mentoring.relationship.notify.MATCH_DECLINE", "u-mara", "MENTEE", List.of()));
    }

    @Test
    public void theNameIsReadWhenShownAndAnUnknownPersonShowsTheirKey() {
        assertEquals("Mara Okafor, your mentor, left you feedback in your mentorship.",
                text.sentence(Locale.ENGLISH, "mentoring.feedback.notify.given", "u-mara", "MENTOR", List.of()));
        assertEquals("Mara Okafor, your mentee, started work on the goal \"Public speaking\" in your mentorship.",
                text.sentence(Locale.ENGLISH, "mentoring.goal.notify.moved.IN_PROGRESS", "u-mara", "MENTEE", List.of("Public speaking")));
        assertEquals("Your mentorship proposal to u-gone expired unanswered.",
                text.sentence(Locale.ENGLISH, "mentoring.relationship.notify.EXPIRE", "u-gone", "MENTOR", List.of()));
    }
}
