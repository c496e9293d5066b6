package org.mentoring.host.standalone;

import java.util.List;
import java.util.Set;
import org.mentoring.host.Person;

/** The standalone host's people. Each signs in with their user name as password (a demo, not a directory). */
public final class DemoUsers {
    public static final Person MARA = new Person("u-mara", "mara", "Mara Okafor", true);
    public static final Person TOMAS = new Person("u-tomas", "tomas", "Tomáš Novák", true);
    public static final Person ZOE = new Person("u-zoe", "zoe", "Zoë Lindqvist", true);
    public static final Person PAM = new Person("u-pam", "pam", "Pam Adeyemi", true);
    public static final Person ADA = new Person("u-ada", "ada", "Ada Admin", true);
    public static final Person IVAN = new Person("u-ivan", "ivan", "Ivan Former", false);

    public static final List<Person> ALL = List.of(MARA, TOMAS, ZOE, PAM, ADA, IVAN);

    /** The demo's running cohort (Pam's program): its mentors, then its mentees. Only the demo's own directory has them. */
    public static final List<Person> COHORT_MENTORS = List.of(
            new Person("u-lena", "lena", "Lena Fischer", true),
            new Person("u-ravi", "ravi", "Ravi Menon", true),
            new Person("u-sofia", "sofia", "Sofia Costa", true),
            new Person("u-kenji", "kenji", "Kenji Watanabe", true));
    public static final List<Person> COHORT_MENTEES = List.of(
            new Person("u-ana", "ana", "Ana Silva", true),
            new Person("u-ben", "ben", "Ben Carter", true),
            new Person("u-chloe", "chloe", "Chloé Durand", true),
            new Person("u-dev", "dev", "Dev Patel", true),
            new Person("u-ella", "ella", "Ella Nowak", true),
            new Person("u-finn", "finn", "Finn Berg", true),
            new Person("u-grace", "grace", "Grace Liu", true),
            new Person("u-hugo", "hugo", "Hugo Laurent", true),
            new Person("u-ines", "ines", "Inés Romero", true),
            new Person("u-jonas", "jonas", "Jonas Vogel", true),
            new Person("u-kira", "kira", "Kira Sato", true),
            new Person("u-leo", "leo", "Leo Haddad", true),
            new Person("u-nina", "nina", "Nina Petrova", true),
            new Person("u-omar", "omar", "Omar Aziz", true),
            new Person("u-quinn", "quinn", "Quinn Reyes", true));
    public static final Set<String> ADMINS = Set.of(ADA.key());

    /** Who the demo's sign-in page lists, with what each is for. */
    public static final List<String[]> SIGN_INS = List.of(
            new String[] {"mara", "a mentor"},
            new String[] {"tomas", "a mentee"},
            new String[] {"zoe", "a second mentee"},
            new String[] {"pam", "a program manager"},
            new String[] {"ada", "an administrator"});

    private DemoUsers() {
    }

    /** The demo's core people (the tests' host has these). */
    public static InMemoryUserDirectory directory() {
        return new InMemoryUserDirectory(ALL, ADMINS);
    }

    /** The core people and the running cohort's: what the README's demo runs with. */
    public static InMemoryUserDirectory withCohort() {
        List<Person> people = new java.util.ArrayList<>(ALL);
        people.addAll(COHORT_MENTORS);
        people.addAll(COHORT_MENTEES);
        return new InMemoryUserDirectory(people, ADMINS);
    }

}
