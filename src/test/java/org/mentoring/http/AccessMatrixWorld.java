package org.mentoring.http;

import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.Action;
import org.mentoring.access.Visibility;
import org.mentoring.host.Person;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.testing.FormalProgram;
import org.mentoring.testing.TestHost;

/**
 * What the authorization matrices ({@link RestAccessMatrixTest}, {@link PageAccessMatrixTest}) probe: one person
 * for every role, and two formal mentorships whose every confidential field holds a distinctive marker —
 * {@code MX<category><n>} — so a leak shows as a marker in a body. Which categories a role may read comes from the
 * access policy's decision table ({@link AccessPolicy#permits}), the one {@code AccessPolicyTableTest} writes out.
 * Seeded through the REST API by the members themselves.
 */
final class AccessMatrixWorld {
    /** Every kind of caller: each probe runs as each. */
    enum Who {
        MENTOR("mara"), MENTEE("tomas"), OTHER_MENTEE("zoe"), PROGRAM_MANAGER("pam"), OTHER_PROGRAM_MANAGER("pia"),
        ADMIN("ada"), OUTSIDER("oscar"), ANONYMOUS(null), INACTIVE("ivan");

        final String user;

        Who(String user) {
            this.user = user;
        }

        boolean member() {
            return this == MENTOR || this == MENTEE;
        }

        /** Who cannot sign in at all: the REST API answers 401, pages send them to sign in. */
        boolean signedOut() {
            return this == ANONYMOUS || this == INACTIVE;
        }
    }

    /** Marker categories: where the text was written, with what visibility, by whom. */
    enum Marker {
        PAIR, PROGRAM, PRIVMARA, PRIVTOMAS, BLINDMARA, ZPAIR, ZPROGRAM;

        String text(int n) {
            return "MX" + name() + n;
        }
    }

    /** The two pairs' programs (open, auto-approving, made through the real services), each with its manager. */
    long program;
    long otherProgram;
    long spareProgram;
    long draftProgram;    // pam's, still a draft: only its managers and administrators know it    // pam's too, with no relationships: the one the matrix changes
    // Choosing (pam's, mentees choose): mara and mona mentor; zoe, tomas and otto are mentees. zoe applied to mara and
    // to mona, otto to mara (tomas and mara are paired already: excluded).
    long choosingProgram;
    long zoeToMara;
    long zoeToMona;
    long ottoToMara;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    final TestHost host;
    final Map<Who, ApiClient> as = new EnumMap<>(Who.class);
    private int markers;

    // The mentorship under test (mara mentors tomas, program 11) and what it holds.
    long relationship;
    long skill;           // in the skills catalogue (administrators keep it)
    long doomedSkill;     // one an administrator removes
    long marasNotice;     // a notification of mara's, once the world is seeded
    long goal;            // agreed and under way, owned by tomas: check-ins, milestones, evidence
    long draftOfMara;     // drafts each member may agree (the other member agrees a goal)
    long draftOfTomas;
    long milestone;       // ticked by members
    long milestoneForMentor;
    long milestoneForMentee;
    long session;
    long[] items = new long[5];   // 0 edited; 1,2 become goals (mentor, mentee); 3,4 become milestones
    long pairFeedback;      // mara → tomas, PAIR, edited once, acknowledged, a reply
    long programFeedback;   // tomas → mara, PROGRAM, a reply
    long blindFeedback;     // mara's submission to an open blind round
    long round;
    // Introductions in the mentorship under test (pair content; zoe is introduced in two of them).
    long introduction;    // tomas asked mara (purpose and wish are PAIR markers); mara introduced zoe, who has not answered
    long introductionToZoe; // mara asked tomas; tomas introduced zoe, who accepts it in the matrix
    long askByTomas;      // open requests: mara introduces someone on tomas's, tomas on mara's
    long askByMara;
    long withdrawable;    // tomas asked; he withdraws it
    // The other mentorship (otto mentors zoe, program 22).
    long otherRelationship;
    long otherGoal;
    long otherSession;
    long otherFeedback;
    long otherIntroduction;   // zoe asked otto

    private AccessMatrixWorld(TestHost host) {
        this.host = host;
        for (Who who : Who.values()) {
            as.put(who, new ApiClient(host, who.user));
        }
    }

    static InMemoryUserDirectory people() {
        return new InMemoryUserDirectory(List.of(
                new Person("u-mara", "mara", "Mara Okafor", true), new Person("u-tomas", "tomas", "Tomáš Novák", true),
                new Person("u-zoe", "zoe", "Zoë Lindqvist", true), new Person("u-otto", "otto", "Otto Mentor", true),
                new Person("u-pam", "pam", "Pam Adeyemi", true), new Person("u-pia", "pia", "Pia Manager", true),
                new Person("u-ada", "ada", "Ada Admin", true), new Person("u-oscar", "oscar", "Oscar Outsider", true),
                new Person("u-mona", "mona", "Mona Mentor", true), new Person("u-ivan", "ivan", "Ivan Former", false)),
                Set.of("u-ada"));
    }

    static AccessMatrixWorld start() throws Exception {
        AccessMatrixWorld world = new AccessMatrixWorld(TestHost.startWith(people()));
        world.program = FormalProgram.open(world.host.app.graph, "u-pam", "u-mara", "u-tomas");
        world.otherProgram = FormalProgram.open(world.host.app.graph, "u-pia", "u-otto", "u-zoe");
        world.spareProgram = FormalProgram.open(world.host.app.graph, "u-pam", "u-mona");
        world.draftProgram = world.host.app.graph.programs().create("u-ada", new org.mentoring.program.ProgramInput("Draft",
                null, null, "ALWAYS_ON", null, null, null, null, null, null, null, null, false, null, null)).id();
        world.host.app.graph.programs().appoint("u-ada", world.draftProgram, "u-pam");
        world.seed();
        var g = world.host.app.graph;
        world.choosingProgram = g.programs().create("u-ada", new org.mentoring.program.ProgramInput("Choosing", null, null, "ALWAYS_ON",
                null, null, null, null, "MENTEE_CHOOSES", null, null, null, true, null, null)).id();
        g.programs().appoint("u-ada", world.choosingProgram, "u-pam");
        g.programs().move("u-ada", world.choosingProgram, org.mentoring.program.ProgramMove.OPEN, null, null);
        for (String mentor : List.of("u-mara", "u-mona")) {
            g.enrolments().enrol(mentor, world.choosingProgram, true, false, null);
        }
        for (String mentee : List.of("u-zoe", "u-tomas", "u-otto")) {
            g.enrolments().enrol(mentee, world.choosingProgram, false, true, null);
        }
        world.zoeToMara = g.applications().apply("u-zoe", world.choosingProgram, "u-mara", "Zoë would like to learn from Mara").id();
        world.zoeToMona = g.applications().apply("u-zoe", world.choosingProgram, "u-mona", null).id();
        world.ottoToMara = g.applications().apply("u-otto", world.choosingProgram, "u-mara", null).id();
        return world;
    }

    String mark(Marker m) {
        return m.text(++markers);
    }

    private void seed() {
        ApiClient mara = as.get(Who.MENTOR);
        ApiClient tomas = as.get(Who.MENTEE);
        ApiClient zoe = as.get(Who.OTHER_MENTEE);
        ApiClient otto = new ApiClient(host, "otto");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String later = LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString();

        skill = id(as.get(Who.ADMIN).post("/skills", json("name", "Kotlin", "synonyms", List.of("kt"))));
        doomedSkill = id(as.get(Who.ADMIN).post("/skills", json("name", "COBOL")));
        relationship = id(tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas", "kind", "FORMAL",
                "programId", program, "note", mark(Marker.PAIR))));
        String r = "/relationships/" + relationship;
        ok(mara.post(r + "/accept", json("note", mark(Marker.PAIR))));
        ok(mara.put(r + "/agreement", json("objectives", mark(Marker.PAIR), "cadence", "WEEKLY", "channel", mark(Marker.PAIR),
                "confidentiality", mark(Marker.PAIR))));
        ok(tomas.post(r + "/agreement/accept", "{}"));
        ok(tomas.post(r + "/pause", json("note", mark(Marker.PRIVTOMAS), "noteVisibility", "PRIVATE")));
        ok(mara.post(r + "/resume", json("note", mark(Marker.PRIVMARA), "noteVisibility", "PRIVATE")));

        goal = id(tomas.post("/goals", json("relationshipId", relationship, "title", mark(Marker.PROGRAM), "description",
                mark(Marker.PROGRAM), "successCriteria", mark(Marker.PROGRAM), "competencies", "leadership", "targetDate", later)));
        ok(mara.post("/goals/" + goal + "/transitions", json("id", 11)));
        ok(tomas.post("/goals/" + goal + "/transitions", json("id", 21)));
        ok(tomas.post("/goals/" + goal + "/check-ins", json("progress", 10, "note", mark(Marker.PAIR), "visibility", "PAIR")));
        ok(tomas.post("/goals/" + goal + "/check-ins", json("progress", 20, "note", mark(Marker.PRIVTOMAS), "visibility", "PRIVATE")));
        ok(mara.post("/goals/" + goal + "/check-ins", json("progress", 25, "note", mark(Marker.PRIVMARA), "visibility", "PRIVATE")));
        ok(tomas.post("/goals/" + goal + "/check-ins", json("progress", 30, "note", mark(Marker.PROGRAM), "visibility", "PROGRAM")));
        milestone = id(tomas.post("/goals/" + goal + "/milestones", json("title", mark(Marker.PROGRAM))));
        milestoneForMentor = id(tomas.post("/goals/" + goal + "/milestones", json("title", mark(Marker.PROGRAM))));
        milestoneForMentee = id(tomas.post("/goals/" + goal + "/milestones", json("title", mark(Marker.PROGRAM))));
        ok(tomas.post("/goals/" + goal + "/evidence", json("kind", "URL", "ref", "https://example.org/review", "label", mark(Marker.PROGRAM))));
        draftOfMara = id(mara.post("/goals", json("relationshipId", relationship, "title", mark(Marker.PROGRAM), "successCriteria",
                mark(Marker.PROGRAM), "targetDate", later, "ownerKey", "u-mara")));
        draftOfTomas = id(tomas.post("/goals", json("relationshipId", relationship, "title", mark(Marker.PROGRAM), "successCriteria",
                mark(Marker.PROGRAM), "targetDate", later, "ownerKey", "u-tomas")));

        List<Object> actionItems = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            actionItems.add(Map.of("text", mark(Marker.PAIR), "dueOn", later));
        }
        ApiClient.Reply logged = mara.post("/sessions", json("relationshipId", relationship, "heldOn", yesterday, "durationMinutes", 45,
                "topics", mark(Marker.PAIR), "sharedNotes", mark(Marker.PAIR), "nextMeetingOn", later, "privateNote", mark(Marker.PRIVMARA),
                "actionItems", actionItems));
        session = id(logged);
        var itemsJson = logged.json().get("actionItems");
        for (int i = 0; i < items.length; i++) {
            items[i] = itemsJson.get(i).get("id").asLong();
        }
        ok(tomas.put("/sessions/" + session + "/private-note", json("text", mark(Marker.PRIVTOMAS))));

        pairFeedback = id(mara.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", mark(Marker.PAIR))));
        ok(mara.put("/feedback/" + pairFeedback, json("kind", "STRENGTH", "text", mark(Marker.PAIR))));
        ok(tomas.post("/feedback/" + pairFeedback + "/acknowledge", "{}"));
        ok(tomas.post("/feedback/" + pairFeedback + "/replies", json("text", mark(Marker.PAIR))));
        programFeedback = id(tomas.post("/feedback", json("relationshipId", relationship, "kind", "LEARNED", "text", mark(Marker.PROGRAM),
                "visibility", "PROGRAM")));
        ok(mara.post("/feedback/" + programFeedback + "/replies", json("text", mark(Marker.PROGRAM))));
        round = id(mara.post("/feedback/rounds", json("relationshipId", relationship, "days", 7)));
        blindFeedback = id(mara.post("/feedback", json("relationshipId", relationship, "kind", "GROWTH", "text", mark(Marker.BLINDMARA),
                "visibility", "PROGRAM", "roundId", round)));

        introduction = id(tomas.post("/introductions", json("relationshipId", relationship, "wantedText", mark(Marker.PAIR),
                "purpose", mark(Marker.PAIR))));
        ok(mara.post("/introductions/" + introduction + "/introduce", json("introducedKey", "u-zoe", "note", "Zoë, meet a colleague of mine?")));
        introductionToZoe = id(mara.post("/introductions", json("relationshipId", relationship, "wantedKey", "u-zoe",
                "purpose", "a plain purpose zoe may read once she accepts")));
        ok(tomas.post("/introductions/" + introductionToZoe + "/introduce", json("introducedKey", "u-zoe", "note", "Hello Zoë")));
        askByTomas = id(tomas.post("/introductions", json("relationshipId", relationship, "wantedText", mark(Marker.PAIR),
                "purpose", mark(Marker.PAIR))));
        askByMara = id(mara.post("/introductions", json("relationshipId", relationship, "wantedText", mark(Marker.PAIR),
                "purpose", mark(Marker.PAIR))));
        withdrawable = id(tomas.post("/introductions", json("relationshipId", relationship, "wantedText", mark(Marker.PAIR),
                "purpose", mark(Marker.PAIR))));

        otherRelationship = id(zoe.post("/relationships", json("mentorKey", "u-otto", "menteeKey", "u-zoe", "kind", "FORMAL",
                "programId", otherProgram, "note", mark(Marker.ZPAIR))));
        ok(otto.post("/relationships/" + otherRelationship + "/accept", "{}"));
        otherGoal = id(zoe.post("/goals", json("relationshipId", otherRelationship, "title", mark(Marker.ZPROGRAM))));
        otherSession = id(otto.post("/sessions", json("relationshipId", otherRelationship, "heldOn", today, "sharedNotes", mark(Marker.ZPAIR))));
        otherFeedback = id(otto.post("/feedback", json("relationshipId", otherRelationship, "kind", "STRENGTH", "text", mark(Marker.ZPAIR))));
        otherIntroduction = id(zoe.post("/introductions", json("relationshipId", otherRelationship, "wantedText", mark(Marker.ZPAIR),
                "purpose", mark(Marker.ZPAIR))));
        marasNotice = mara.get("/notifications").json().get("values").get(0).get("id").asLong();
    }

    /** The marker categories {@code who} may read, from the access policy's decision table. */
    static Set<Marker> readableBy(Who who) {
        AccessPolicy table = new AccessPolicy(null, null);
        org.mentoring.access.Role inMain = switch (who) {
            case MENTOR -> org.mentoring.access.Role.MENTOR;
            case MENTEE -> org.mentoring.access.Role.MENTEE;
            case PROGRAM_MANAGER -> org.mentoring.access.Role.PROGRAM_MANAGER;
            case ADMIN -> org.mentoring.access.Role.ADMIN;
            default -> org.mentoring.access.Role.OTHER;
        };
        org.mentoring.access.Role inOther = switch (who) {
            case OTHER_MENTEE -> org.mentoring.access.Role.MENTEE;
            case OTHER_PROGRAM_MANAGER -> org.mentoring.access.Role.PROGRAM_MANAGER;
            case ADMIN -> org.mentoring.access.Role.ADMIN;
            default -> org.mentoring.access.Role.OTHER;
        };
        Set<Marker> readable = java.util.EnumSet.noneOf(Marker.class);
        if (table.permits(inMain, Action.SEE_CONTENT, Visibility.PAIR, false)) {
            readable.add(Marker.PAIR);
        }
        if (table.permits(inMain, Action.SEE_CONTENT, Visibility.PROGRAM, false)) {
            readable.add(Marker.PROGRAM);
        }
        if (table.permits(inMain, Action.SEE_CONTENT, Visibility.PRIVATE, who == Who.MENTOR)) {
            readable.add(Marker.PRIVMARA);
        }
        if (table.permits(inMain, Action.SEE_CONTENT, Visibility.PRIVATE, who == Who.MENTEE)) {
            readable.add(Marker.PRIVTOMAS);
        }
        // An unrevealed blind-round submission is its author's alone, like private content.
        if (table.permits(inMain, Action.SEE_CONTENT, Visibility.PRIVATE, who == Who.MENTOR)) {
            readable.add(Marker.BLINDMARA);
        }
        if (table.permits(inOther, Action.SEE_CONTENT, Visibility.PAIR, false)) {
            readable.add(Marker.ZPAIR);
        }
        if (table.permits(inOther, Action.SEE_CONTENT, Visibility.PROGRAM, false)) {
            readable.add(Marker.ZPROGRAM);
        }
        return readable;
    }

    /** The markers in {@code body} that {@code who} may not read (empty when nothing leaked). */
    static List<String> leaks(Who who, String body) {
        List<String> found = new ArrayList<>();
        Set<Marker> readable = readableBy(who);
        // Only the categories' own names: other text on a page ("…MXK1…" in a time-zone list) is not a marker.
        String names = String.join("|", java.util.Arrays.stream(Marker.values()).map(Enum::name).toList());
        Matcher m = Pattern.compile("MX(" + names + ")(\\d+)").matcher(body == null ? "" : body);
        while (m.find()) {
            Marker marker = Marker.valueOf(m.group(1));
            if (!readable.contains(marker)) {
                found.add(m.group());
            }
        }
        return found;
    }

    static long id(ApiClient.Reply reply) {
        ok(reply);
        Matcher m = ID.matcher(reply.body());
        assertTrue("no id in " + reply.body(), m.find());
        return Long.parseLong(m.group(1));
    }

    static ApiClient.Reply ok(ApiClient.Reply reply) {
        assertTrue("seeding failed: " + reply.status() + " " + reply.body(), reply.status() >= 200 && reply.status() < 300);
        return reply;
    }

    void close() throws Exception {
        host.close();
    }
}
