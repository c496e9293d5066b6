package org.mentoring.testing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mentoring.access.AccessPolicy;
import org.mentoring.host.Person;
import org.mentoring.host.Transactions;
import org.mentoring.host.standalone.EntityManagerStore;
import org.mentoring.host.standalone.EntityManagerTransactions;
import org.mentoring.host.standalone.InMemoryUserDirectory;
import org.mentoring.program.ProgramManagers;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.MentorCapacity;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipSettings;

/**
 * The real services wired on the real test database, with a few people:
 * mentor "u-mara" (Mara), mentees "u-tomas" and "u-zoe", program manager "u-pam", admin "u-ada",
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

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    /** The real store, scriptable for races and failures. */
    public final ScriptedEntityStore store;
    public final Transactions transactions;
    public final InMemoryUserDirectory users;
    public final InMemorySettings settings = new InMemorySettings();
    public final ProgramManagers programManagers;
    public final AccessPolicy access;
    public final RelationshipSettings relationshipSettings;
    public final MentorCapacity capacity;
    public final RelationshipService relationships;
    public final AgreementService agreements;
    /** Every notification the relationships sent (proposals, moves, agreement changes), in order. */
    public final java.util.List<org.mentoring.host.Notifications.Notification> told =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    /** Every notification the goals, sessions and feedback sent, in order. */
    public final java.util.List<org.mentoring.host.Notifications.Notification> sent =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    public final org.mentoring.goal.GoalService goals;
    public final org.mentoring.feedback.FeedbackService feedback;
    public final org.mentoring.session.SessionService sessions;
    public final org.mentoring.people.PeopleSettings peopleSettings;
    public final org.mentoring.people.SkillCatalogue skills;
    public final org.mentoring.people.ProfileService profiles;
    public final org.mentoring.people.MentorDirectory directory;

    public MentoringFixture() {
        StoreTestDatabase.clean();
        store = new ScriptedEntityStore(new EntityManagerStore(StoreTestDatabase.entityManager()));
        transactions = new EntityManagerTransactions(StoreTestDatabase.entityManager());
        users = new InMemoryUserDirectory(List.of(
                new Person(MENTOR, "mara", "Mara Mentor", true),
                new Person(MENTEE, "tomas", "Tomáš Mentee", true),
                new Person(MENTEE2, "zoe", "Zoë Mentee", true),
                new Person(MANAGER, "pam", "Pam Programme", true),
                new Person(ADMIN, "ada", "Ada Admin", true),
                new Person(OUTSIDER, "olga", "Olga Outsider", true),
                new Person(INACTIVE, "ivan", "Ivan Inactive", false)), Set.of(ADMIN));
        programManagers = new ProgramManagers(store);
        access = new AccessPolicy(users, programManagers);
        new org.mentoring.admin.MentoringScope(settings).setOrgWide(true);
        relationshipSettings = new RelationshipSettings(settings);
        capacity = new MentorCapacity(store, relationshipSettings, users);
        relationships = new RelationshipService(store, transactions, users, access, relationshipSettings, capacity, told::add, clock);
        agreements = new AgreementService(store, relationships, access);
        goals = new org.mentoring.goal.GoalService(store, transactions, relationships, access, sent::add, clock);
        feedback = new org.mentoring.feedback.FeedbackService(store, transactions, relationships, goals, access, sent::add, clock);
        sessions = new org.mentoring.session.SessionService(store, transactions, relationships, goals, access, sent::add, clock);
        peopleSettings = new org.mentoring.people.PeopleSettings(settings);
        skills = new org.mentoring.people.SkillCatalogue(new org.mentoring.people.SkillStore(store), transactions, users);
        org.mentoring.people.ProfileStore profileStore = new org.mentoring.people.ProfileStore(store);
        profiles = new org.mentoring.people.ProfileService(profileStore, skills, peopleSettings, capacity, access, users,
                transactions, clock);
        directory = new org.mentoring.people.MentorDirectory(profileStore, skills, capacity, users, access,
                new org.mentoring.people.FitScore(org.mentoring.people.FitScore.Weights.DEFAULT));
    }
}
