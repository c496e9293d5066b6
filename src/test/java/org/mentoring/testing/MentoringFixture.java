package org.mentoring.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.MentoringGraph;
import org.mentoring.access.AccessPolicy;
import org.mentoring.feedback.FeedbackService;
import org.mentoring.goal.GoalHosting;
import org.mentoring.goal.GoalService;
import org.mentoring.host.AdminAccess;
import org.mentoring.host.HostPorts;
import org.mentoring.host.Notifications.Notification;
import org.mentoring.host.Person;
import org.mentoring.host.Transactions;
import org.mentoring.host.standalone.EntityManagerStore;
import org.mentoring.host.standalone.EntityManagerTransactions;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.host.standalone.StandaloneCurrentUser;
import org.mentoring.host.standalone.StandaloneLinks;
import org.mentoring.host.standalone.VelocityViewRenderer;
import org.mentoring.notification.NotificationEntity;
import org.mentoring.program.ProgramManagers;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.MentorCapacity;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipSettings;
import org.mentoring.session.SessionService;

/**
 * The app's graph ({@link MentoringGraph}, as the plugin and the standalone host build it) on the real test database,
 * with a few people: mentor "u-mara" (Mara), mentees "u-tomas" and "u-zoe", program manager "u-pam", admin "u-ada",
 * an outsider "u-olga" and an inactive "u-ivan"; mentoring switched on. Empties the database when created.
 */
public final class MentoringFixture {
    public static final String MENTOR = "u-mara";
    public static final String MENTEE = "u-tomas";
    public static final String MENTEE2 = "u-zoe";
    public static final String MANAGER = "u-pam";
    public static final String ADMIN = "u-ada";
    public static final String OUTSIDER = "u-olga";
    public static final String INACTIVE = "u-ivan";
    private static final String RELATIONSHIP_NOTICE = "mentoring.relationship.notify.";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    /** The real store, scriptable for races and failures. */
    public final ScriptedEntityStore store;
    public final Transactions transactions;
    public final InMemoryUserDirectory users;
    public final InMemorySettings settings = new InMemorySettings();
    public final MentoringGraph graph;
    public final ProgramManagers programManagers;
    public final AccessPolicy access;
    public final RelationshipSettings relationshipSettings;
    public final MentorCapacity capacity;
    public final RelationshipService relationships;
    public final AgreementService agreements;
    /** Every notification the relationships wrote (proposals, moves, agreement changes), in order. */
    public final List<Notification> told = Collections.synchronizedList(new ArrayList<>());
    /** Every notification the goals, sessions and feedback wrote, in order. */
    public final List<Notification> sent = Collections.synchronizedList(new ArrayList<>());
    /** Links in mail start with http://mentoring.test. */
    public final StandaloneLinks links = new StandaloneLinks();
    /** Where the graph's mail goes: the log unless a test says otherwise (a real SMTP server in the mail tests). */
    public final org.mentoring.host.standalone.StandaloneMail mail = new org.mentoring.host.standalone.StandaloneMail();
    /** Each person's language for mail (the host's user locale port); nobody's set: English. */
    public final Map<String, java.util.Locale> locales = new java.util.concurrent.ConcurrentHashMap<>();
    public final GoalService goals;
    public final FeedbackService feedback;
    public final SessionService sessions;
    public final org.mentoring.people.PeopleSettings peopleSettings;
    public final org.mentoring.people.SkillCatalogue skills;
    public final org.mentoring.people.ProfileService profiles;
    public final org.mentoring.people.MentorDirectory directory;

    public MentoringFixture() {
        this(GoalHosting.OWN_TABLES);
    }

    /** With goals where {@code hosting} puts them (Jira's tests hand in Jira's parts). */
    public MentoringFixture(GoalHosting hosting) {
        this(hosting, name -> name);
    }

    /** With each person's display name passed through {@code displayName} (hostile names for the mail tests). */
    public MentoringFixture(GoalHosting hosting, java.util.function.UnaryOperator<String> displayName) {
        StoreTestDatabase.clean();
        links.baseUrl("http://mentoring.test");
        store = new ScriptedEntityStore(new EntityManagerStore(StoreTestDatabase.entityManager()));
        store.onCreated(this::record);
        transactions = new EntityManagerTransactions(StoreTestDatabase.entityManager());
        users = new InMemoryUserDirectory(List.of(
                new Person(MENTOR, "mara", displayName.apply("Mara Mentor"), true),
                new Person(MENTEE, "tomas", displayName.apply("Tomáš Mentee"), true),
                new Person(MENTEE2, "zoe", displayName.apply("Zoë Mentee"), true),
                new Person(MANAGER, "pam", displayName.apply("Pam Programme"), true),
                new Person(ADMIN, "ada", displayName.apply("Ada Admin"), true),
                new Person(OUTSIDER, "olga", displayName.apply("Olga Outsider"), true),
                new Person(INACTIVE, "ivan", displayName.apply("Ivan Inactive"), false)), Set.of(ADMIN));
        graph = MentoringGraph.build(new HostPorts(store, transactions, users, users, settings, new StandaloneCurrentUser(),
                links, new VelocityViewRenderer(users), AdminAccess.NONE, mail, clock,
                key -> locales.getOrDefault(key, java.util.Locale.ENGLISH)), hosting);
        graph.scope().setOrgWide(true);
        programManagers = graph.programManagers();
        access = graph.access();
        relationshipSettings = graph.relationshipSettings();
        capacity = graph.capacity();
        relationships = graph.relationships();
        agreements = graph.agreements();
        goals = graph.goals();
        feedback = graph.feedback();
        sessions = graph.sessions();
        peopleSettings = graph.peopleSettings();
        skills = graph.skills();
        profiles = graph.profiles();
        directory = graph.directory();
    }

    /** A notification row as it was written: relationship notices go to {@link #told}, the rest to {@link #sent}. */
    private void record(Class<?> type, Map<String, Object> values) {
        if (type != NotificationEntity.class) {
            return;
        }
        String key = (String) values.get(NotificationEntity.MESSAGE_KEY);
        String args = (String) values.get(NotificationEntity.ARGS);
        String role = (String) values.get(NotificationEntity.ACTOR_ROLE);
        Notification n = new Notification((String) values.get(NotificationEntity.RECIPIENT_KEY), (String) values.get(NotificationEntity.ACTOR_KEY),
                role == null ? null : org.mentoring.host.Notifications.ActorRole.valueOf(role), key,
                args == null || args.isEmpty() ? List.of() : Arrays.asList((Object[]) args.split("\n", -1)),
                (String) values.get(NotificationEntity.LINK));
        (key.startsWith(RELATIONSHIP_NOTICE) ? told : sent).add(n);
    }
}
