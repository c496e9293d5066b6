package org.mentoring.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.Test;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.notification.NotificationKind;
import org.mentoring.testing.TestHost;

/**
 * The browser scenarios (src/test/browser/*.spec.mjs) in headless Debian Chromium against the
 * standalone host in-process. Skipped, saying why, on a machine without Chromium or Node.
 */
public class BrowserIT {
    private static final String CHROMIUM = "/usr/bin/chromium";

    @Test
    public void aMentorshipFromProposalToAlumniInTheBrowser() throws Exception {
        scenario("src/test/browser/relationship.spec.mjs");
    }

    @Test
    public void aGoalFromDraftToAchievedInTheBrowser() throws Exception {
        scenario("src/test/browser/goals.spec.mjs");
    }

    @Test
    public void feedbackBothWaysAndABlindRoundInTheBrowser() throws Exception {
        scenario("src/test/browser/feedback.spec.mjs");
    }

    @Test
    public void aSessionLoggedWithAPrivateNoteAndAnItemThatBecomesAGoal() throws Exception {
        scenario("src/test/browser/sessions.spec.mjs");
    }

    @Test
    public void aMenteeFindsAMentorBySkillAndProposes() throws Exception {
        scenario("src/test/browser/find-mentor.spec.mjs");
    }

    @Test
    public void anIntroductionAskedMadeAndAcceptedWhileAThirdPersonSeesNothing() throws Exception {
        scenario("src/test/browser/introductions.spec.mjs");
    }

    /** Issue 14's defects, each where a person meets it, and My mentoring's progress at a glance. */
    @Test
    public void theDefectsPeopleTrippedOnAreGoneAndMyMentoringShowsWhoNeedsAttention() throws Exception {
        scenario("src/test/browser/ui-defects.spec.mjs");
    }

    @Test
    public void aProgramCreatedEnrolledInApprovedAndSeenOnItsDashboard() throws Exception {
        scenario("src/test/browser/program.spec.mjs");
    }

    /** A mentee applies to two mentors, one accepts: the other application shows withdrawn and the mentorship is live. */
    @Test
    public void aMenteeChoosesAMentorOneAcceptsAndTheOtherApplicationIsWithdrawn() throws Exception {
        scenario("src/test/browser/choosing.spec.mjs");
    }

    /** Hostile payloads in every field a person writes, and in a display name: none runs, all show as text. */
    @Test
    public void storedHostilePayloadsNeverRunInAnyPageOrSection() throws Exception {
        List<Person> people = new ArrayList<>(DemoUsers.ALL);
        people.add(new Person("u-eve", "eve", "<img src=x onerror=window.__xss=999>", true));
        scenario("src/test/browser/xss.spec.mjs", new InMemoryUserDirectory(people, DemoUsers.ADMINS));
    }

    /**
     * Every page and state, audited by axe-core (no violation of any impact), and every page on a phone 390 px wide
     * (nothing sticks out sideways); the README's screenshots. The unsubscribe page is reached by a signed mail link.
     */
    @Test
    public void everyPageAndStatePassesTheAccessibilityAuditAndFitsAPhone() throws Exception {
        scenario("src/test/browser/every-page.spec.mjs", null,
                host -> List.of(host.base + host.app.graph.unsubscribeLinks().url("u-tomas", NotificationKind.GOAL)
                        .replaceFirst("^https?://[^/]+", "")));
    }

    /** The README's demo with its running cohort: the program's pages and dashboard as its people see them, audited. */
    @Test
    public void theDemosRunningCohortPassesTheAccessibilityAuditAndShowsItsFunnel() throws Exception {
        scenario("src/test/browser/demo.spec.mjs", org.mentoring.host.standalone.DemoUsers.withCohort(), host -> {
            org.mentoring.host.standalone.DemoData.seedOnce(host.app);
            return List.of();
        });
    }

    @Test
    public void aMentorshipWithTheKeyboardAlone() throws Exception {
        scenario("src/test/browser/keyboard.spec.mjs");
    }

    /** Cold and warm load of My mentoring: static files compressed, a warm load fetches none again (figures in target/load/). */
    @Test
    public void myMentoringLoadsWithCompressedAndCachedStaticFiles() throws Exception {
        scenario("src/test/browser/load.spec.mjs");
    }

    private static void scenario(String script) throws Exception {
        scenario(script, null);
    }

    private static void scenario(String script, InMemoryUserDirectory people) throws Exception {
        scenario(script, people, host -> List.of());
    }

    /** On the shared test host, or on a host of its own with {@code people} (not null); {@code args} follow the host's address. */
    private static void scenario(String script, InMemoryUserDirectory people, Function<TestHost, List<String>> args) throws Exception {
        assumeTrue("Browser tests skipped: no " + CHROMIUM + " (apt-get install chromium)", Files.isExecutable(Path.of(CHROMIUM)));
        assumeTrue("Browser tests skipped: no node on the PATH", onPath("node"));
        if (!Files.isDirectory(Path.of("node_modules/playwright-core")) || !Files.isDirectory(Path.of("node_modules/axe-core"))) {
            assumeTrue("Browser tests skipped: playwright-core or axe-core is not installed and there is no npm (run npm ci)", onPath("npm"));
            assertEquals("npm ci", 0, run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund"), 300));
        }
        try (TestHost host = people == null ? TestHost.start() : TestHost.startWith(people)) {
            List<String> command = new ArrayList<>(List.of("node", script, host.base.toString()));
            command.addAll(args.apply(host));
            int exit = run(new ProcessBuilder(command), 600);
            assertEquals(script + " failed (see its output above)", 0, exit);
        }
    }

    private static int run(ProcessBuilder command, int timeoutSeconds) throws Exception {
        Process p = command.inheritIO().start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command.command()) + " took over " + timeoutSeconds + " s");
        }
        return p.exitValue();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
