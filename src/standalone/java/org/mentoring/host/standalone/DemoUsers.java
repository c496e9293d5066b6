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

    public static InMemoryUserDirectory directory() {
        return new InMemoryUserDirectory(ALL, ADMINS);
    }

}
