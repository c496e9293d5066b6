package org.mentoring.access;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every role × introduction action × (viewer asked for it or not) × (accepted or not), with the expected answer
 * written out by hand. Columns: role, action, asker ("asker", "other" or "*"), accepted ("accepted", "open" or "*"),
 * allowed.
 */
@RunWith(Parameterized.class)
public class IntroductionAccessTableTest {
    private static final String[] TABLE = {
        // SEE: the two members and the person introduced; nobody else of the relationship
        "MENTOR SEE * * yes", "MENTEE SEE * * yes", "INTRODUCED SEE * * yes",
        "PROGRAM_MANAGER SEE * * no", "ADMIN SEE * * no", "OTHER SEE * * no",
        // SEE_ASKER_AND_PURPOSE: members always; the introduced person once they accepted
        "MENTOR SEE_ASKER_AND_PURPOSE * * yes", "MENTEE SEE_ASKER_AND_PURPOSE * * yes",
        "INTRODUCED SEE_ASKER_AND_PURPOSE * accepted yes", "INTRODUCED SEE_ASKER_AND_PURPOSE * open no",
        "PROGRAM_MANAGER SEE_ASKER_AND_PURPOSE * * no", "ADMIN SEE_ASKER_AND_PURPOSE * * no", "OTHER SEE_ASKER_AND_PURPOSE * * no",
        // SEE_INTRODUCED: the member who made it; the asker once accepted; the introduced person (themselves)
        "MENTOR SEE_INTRODUCED other * yes", "MENTEE SEE_INTRODUCED other * yes",
        "MENTOR SEE_INTRODUCED asker accepted yes", "MENTOR SEE_INTRODUCED asker open no",
        "MENTEE SEE_INTRODUCED asker accepted yes", "MENTEE SEE_INTRODUCED asker open no",
        "INTRODUCED SEE_INTRODUCED * * yes",
        "PROGRAM_MANAGER SEE_INTRODUCED * * no", "ADMIN SEE_INTRODUCED * * no", "OTHER SEE_INTRODUCED * * no",
        // ASK: either member
        "MENTOR ASK * * yes", "MENTEE ASK * * yes", "INTRODUCED ASK * * no",
        "PROGRAM_MANAGER ASK * * no", "ADMIN ASK * * no", "OTHER ASK * * no",
        // INTRODUCE (or decline the request): the member who was asked, never the asker
        "MENTOR INTRODUCE other * yes", "MENTOR INTRODUCE asker * no", "MENTEE INTRODUCE other * yes", "MENTEE INTRODUCE asker * no",
        "INTRODUCED INTRODUCE * * no", "PROGRAM_MANAGER INTRODUCE * * no", "ADMIN INTRODUCE * * no", "OTHER INTRODUCE * * no",
        // WITHDRAW: the asker
        "MENTOR WITHDRAW asker * yes", "MENTOR WITHDRAW other * no", "MENTEE WITHDRAW asker * yes", "MENTEE WITHDRAW other * no",
        "INTRODUCED WITHDRAW * * no", "PROGRAM_MANAGER WITHDRAW * * no", "ADMIN WITHDRAW * * no", "OTHER WITHDRAW * * no",
        // ANSWER (accept or decline being introduced): the introduced person only
        "INTRODUCED ANSWER * * yes", "MENTOR ANSWER * * no", "MENTEE ANSWER * * no",
        "PROGRAM_MANAGER ANSWER * * no", "ADMIN ANSWER * * no", "OTHER ANSWER * * no",
    };

    private final Role role;
    private final IntroductionAction action;
    private final boolean asker;
    private final boolean accepted;
    private final boolean expected;

    public IntroductionAccessTableTest(String name, Role role, IntroductionAction action, boolean asker, boolean accepted, boolean expected) {
        this.role = role;
        this.action = action;
        this.asker = asker;
        this.accepted = accepted;
        this.expected = expected;
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : TABLE) {
            String[] c = line.split(" ");
            List<Boolean> askers = c[2].equals("*") ? List.of(true, false) : List.of(c[2].equals("asker"));
            List<Boolean> accepteds = c[3].equals("*") ? List.of(true, false) : List.of(c[3].equals("accepted"));
            for (boolean a : askers) {
                for (boolean acc : accepteds) {
                    String name = c[0] + " " + c[1] + (a ? " as asker" : "") + (acc ? " accepted" : " open");
                    if (!seen.add(name)) {
                        throw new IllegalStateException("Row listed twice: " + name);
                    }
                    rows.add(new Object[] {name, Role.valueOf(c[0]), IntroductionAction.valueOf(c[1]), a, acc, c[4].equals("yes")});
                }
            }
        }
        return rows;
    }

    @Test
    public void decides() {
        assertEquals(expected, AccessPolicy.decideIntroduction(role, action, asker, accepted));
    }

    @Test
    public void tableCoversEveryCase() {
        assertEquals("every role × action × asker or not × accepted or not",
                Role.values().length * IntroductionAction.values().length * 2 * 2, cases().size());
    }
}
