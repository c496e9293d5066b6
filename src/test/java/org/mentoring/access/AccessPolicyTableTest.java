package org.mentoring.access;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every role × action × visibility (or none) × authorship, with the expected answer written out by hand.
 * Columns: role, action, visibility ("-" = none), viewer is author, allowed.
 */
@RunWith(Parameterized.class)
public class AccessPolicyTableTest {
    private static final String[] TABLE = {
        // SEE_RELATIONSHIP: anyone but OTHER (content visibility does not matter)
        "MENTOR SEE_RELATIONSHIP * * yes", "MENTEE SEE_RELATIONSHIP * * yes", "PROGRAM_MANAGER SEE_RELATIONSHIP * * yes",
        "ADMIN SEE_RELATIONSHIP * * yes", "OTHER SEE_RELATIONSHIP * * no",
        // SEE_CONTENT, PRIVATE: the author, if a member
        "MENTOR SEE_CONTENT PRIVATE author yes", "MENTOR SEE_CONTENT PRIVATE other no",
        "MENTEE SEE_CONTENT PRIVATE author yes", "MENTEE SEE_CONTENT PRIVATE other no",
        "PROGRAM_MANAGER SEE_CONTENT PRIVATE * no", "ADMIN SEE_CONTENT PRIVATE * no", "OTHER SEE_CONTENT PRIVATE * no",
        // SEE_CONTENT, PAIR: the two members
        "MENTOR SEE_CONTENT PAIR * yes", "MENTEE SEE_CONTENT PAIR * yes", "PROGRAM_MANAGER SEE_CONTENT PAIR * no",
        "ADMIN SEE_CONTENT PAIR * no", "OTHER SEE_CONTENT PAIR * no",
        // SEE_CONTENT, PROGRAM: members and program managers, never admins
        "MENTOR SEE_CONTENT PROGRAM * yes", "MENTEE SEE_CONTENT PROGRAM * yes", "PROGRAM_MANAGER SEE_CONTENT PROGRAM * yes",
        "ADMIN SEE_CONTENT PROGRAM * no", "OTHER SEE_CONTENT PROGRAM * no",
        // SEE_CONTENT without a visibility: nothing
        "MENTOR SEE_CONTENT - * no", "MENTEE SEE_CONTENT - * no", "PROGRAM_MANAGER SEE_CONTENT - * no",
        "ADMIN SEE_CONTENT - * no", "OTHER SEE_CONTENT - * no",
        // ADD_CONTENT and CHANGE_RELATIONSHIP: members only
        "MENTOR ADD_CONTENT * * yes", "MENTEE ADD_CONTENT * * yes", "PROGRAM_MANAGER ADD_CONTENT * * no",
        "ADMIN ADD_CONTENT * * no", "OTHER ADD_CONTENT * * no",
        "MENTOR CHANGE_RELATIONSHIP * * yes", "MENTEE CHANGE_RELATIONSHIP * * yes", "PROGRAM_MANAGER CHANGE_RELATIONSHIP * * no",
        "ADMIN CHANGE_RELATIONSHIP * * no", "OTHER CHANGE_RELATIONSHIP * * no",
        // EDIT_CONTENT: a member who wrote it
        "MENTOR EDIT_CONTENT * author yes", "MENTOR EDIT_CONTENT * other no", "MENTEE EDIT_CONTENT * author yes",
        "MENTEE EDIT_CONTENT * other no", "PROGRAM_MANAGER EDIT_CONTENT * * no", "ADMIN EDIT_CONTENT * * no",
        "OTHER EDIT_CONTENT * * no",
        // EDIT_SHARED: either member, on shared (PAIR or PROGRAM) content, whoever wrote it; never PRIVATE content
        "MENTOR EDIT_SHARED PAIR * yes", "MENTOR EDIT_SHARED PROGRAM * yes", "MENTOR EDIT_SHARED PRIVATE * no",
        "MENTOR EDIT_SHARED - * no", "MENTEE EDIT_SHARED PAIR * yes", "MENTEE EDIT_SHARED PROGRAM * yes",
        "MENTEE EDIT_SHARED PRIVATE * no", "MENTEE EDIT_SHARED - * no", "PROGRAM_MANAGER EDIT_SHARED * * no",
        "ADMIN EDIT_SHARED * * no", "OTHER EDIT_SHARED * * no",
        // INTRODUCED (the person a member introduced the other member to): nothing of the relationship itself
        "INTRODUCED SEE_RELATIONSHIP * * no", "INTRODUCED SEE_CONTENT * * no", "INTRODUCED ADD_CONTENT * * no",
        "INTRODUCED EDIT_CONTENT * * no", "INTRODUCED EDIT_SHARED * * no", "INTRODUCED CHANGE_RELATIONSHIP * * no",
    };

    private final Role role;
    private final Action action;
    private final Visibility visibility;
    private final boolean author;
    private final boolean expected;

    public AccessPolicyTableTest(String name, Role role, Action action, Visibility visibility, boolean author, boolean expected) {
        this.role = role;
        this.action = action;
        this.visibility = visibility;
        this.author = author;
        this.expected = expected;
    }

    /** Expands the table's "*" into every value, so each concrete case is one row. */
    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : TABLE) {
            String[] c = line.split(" ");
            List<Visibility> visibilities = c[2].equals("*") ? withNull(Visibility.values())
                    : c[2].equals("-") ? Arrays.asList((Visibility) null) : List.of(Visibility.valueOf(c[2]));
            List<Boolean> authors = c[3].equals("*") ? List.of(true, false) : List.of(c[3].equals("author"));
            for (Visibility v : visibilities) {
                for (boolean a : authors) {
                    String name = c[0] + " " + c[1] + " " + v + (a ? " as author" : "");
                    if (!seen.add(name)) {
                        throw new IllegalStateException("Row listed twice: " + name);
                    }
                    rows.add(new Object[] {name, Role.valueOf(c[0]), Action.valueOf(c[1]), v, a, c[4].equals("yes")});
                }
            }
        }
        return rows;
    }

    private static List<Visibility> withNull(Visibility[] values) {
        List<Visibility> all = new ArrayList<>(Arrays.asList(values));
        all.add(null);
        return all;
    }

    @Test
    public void decides() {
        assertEquals(expected, AccessPolicy.decide(role, action, visibility, author));
    }

    @Test
    public void tableCoversEveryCase() {
        assertEquals("every role × action × (visibility or none) × authorship",
                Role.values().length * Action.values().length * (Visibility.values().length + 1) * 2, cases().size());
    }
}
