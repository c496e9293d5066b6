package org.mentoring.host.standalone;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.mentoring.access.AccessPolicy;
import org.mentoring.admin.MentoringScope;
import org.mentoring.admin.ScopeAdministration;
import org.mentoring.admin.ScopeResource;
import org.mentoring.feedback.FeedbackResource;
import org.mentoring.feedback.FeedbackService;
import org.mentoring.feedback.FeedbackViews;
import org.mentoring.goal.GoalResource;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalViews;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.EntityStore;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.Transactions;
import org.mentoring.notification.NotificationInbox;
import org.mentoring.notification.NotificationResource;
import org.mentoring.notification.StoredNotifications;
import org.mentoring.people.FitScore;
import org.mentoring.people.MentorDirectory;
import org.mentoring.people.MentorResource;
import org.mentoring.people.MentorViews;
import org.mentoring.people.PeopleSettings;
import org.mentoring.people.ProfileResource;
import org.mentoring.people.ProfileService;
import org.mentoring.people.ProfileStore;
import org.mentoring.people.ProfileViews;
import org.mentoring.people.SkillCatalogue;
import org.mentoring.people.SkillResource;
import org.mentoring.people.SkillStore;
import org.mentoring.people.UserPickerResource;
import org.mentoring.program.ProgramManagers;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.MentorCapacity;
import org.mentoring.relationship.RelationshipResource;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipSettings;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.DomainExceptionMapper;
import org.mentoring.rest.JsonInputExceptionMapper;
import org.mentoring.session.SessionResource;
import org.mentoring.session.SessionService;
import org.mentoring.session.SessionViews;
import org.mentoring.web.FeedbackSection;
import org.mentoring.web.GoalsSection;
import org.mentoring.web.RelationshipPageSections;
import org.mentoring.web.SessionsSection;

/**
 * The plugin's core wired for the standalone host: the same classes, and the same wiring as
 * META-INF/spring/plugin-context.xml, with standalone adapters in place of the Atlassian ones.
 */
public final class StandaloneApp {
    static final String COOKIE_SECRET = "org.mentoring.standalone.cookieSecret";

    public final EntityManager entityManager;
    public final EntityStore store;
    public final Transactions transactions;
    public final InMemoryUserDirectory users;
    public final DatabaseSettings settings;
    public final Clock clock;
    public final CurrentUser currentUser = new StandaloneCurrentUser();
    public final ProgramManagers programManagers;
    public final AccessPolicy access;
    public final RelationshipSettings relationshipSettings;
    public final MentorCapacity capacity;
    public final RelationshipService relationships;
    public final AgreementService agreements;
    public final RelationshipViews relationshipViews;
    public final SessionCookies cookies;
    public final GoalService goals;
    public final GoalViews goalViews;
    public final FeedbackService feedback;
    public final FeedbackViews feedbackViews;
    /** The relationship page's sections in page order, as plugin-context.xml declares them for the hosts. */
    public final RelationshipPageSections pageSections;
    public final MentoringScope scope;
    public final ScopeAdministration scopeAdministration;
    public final SessionService sessions;
    public final SessionViews sessionViews;
    public final PeopleSettings peopleSettings;
    public final SkillCatalogue skills;
    public final ProfileService profiles;
    public final ProfileViews profileViews;
    public final MentorDirectory directory;
    public final MentorViews mentorViews;

    private StandaloneApp(EntityManager em, EntityStore store, InMemoryUserDirectory users, Clock clock) {
        this.entityManager = em;
        this.store = store;
        this.transactions = new EntityManagerTransactions(em);
        this.users = users;
        this.clock = clock;
        this.settings = new DatabaseSettings(store, transactions);
        this.programManagers = new ProgramManagers(store);
        this.access = new AccessPolicy(users, programManagers);
        this.relationshipSettings = new RelationshipSettings(settings);
        this.capacity = new MentorCapacity(store, relationshipSettings, users);
        StoredNotifications notifications = new StoredNotifications(store, clock);
        this.relationships = new RelationshipService(store, transactions, users, access, relationshipSettings, capacity, notifications, clock);
        this.agreements = new AgreementService(store, relationships, access);
        this.relationshipViews = new RelationshipViews(relationships, users);
        this.cookies = new SessionCookies(cookieSecret(), clock);
        this.goals = new GoalService(store, transactions, relationships, access, notifications, clock);
        this.goalViews = new GoalViews(relationships, users, clock);
        this.sessions = new SessionService(store, transactions, relationships, goals, access, notifications, clock);
        this.sessionViews = new SessionViews(users);
        this.feedback = new FeedbackService(store, transactions, relationships, goals, access, notifications, clock);
        this.feedbackViews = new FeedbackViews(users);
        this.scope = new MentoringScope(settings);
        this.scopeAdministration = new ScopeAdministration(scope, users, ProjectSetup.NONE);
        this.peopleSettings = new PeopleSettings(settings);
        this.skills = new SkillCatalogue(new SkillStore(store), transactions, users);
        ProfileStore profileStore = new ProfileStore(store);
        this.profiles = new ProfileService(profileStore, skills, peopleSettings, capacity, access, users, transactions, clock);
        this.profileViews = new ProfileViews(skills, capacity, users);
        this.directory = new MentorDirectory(profileStore, skills, capacity, users, access, new FitScore(FitScore.Weights.DEFAULT));
        this.mentorViews = new MentorViews(skills, users);
        this.pageSections = new RelationshipPageSections(List.of(new GoalsSection(goals, goalViews),
                new SessionsSection(sessions, sessionViews, relationshipViews, clock),
                new FeedbackSection(feedback, goals, users)));
    }

    /** Migrates the schema (idempotent: every node may do it at start) and wires everything. */
    public static StandaloneApp create(EntityManager em, InMemoryUserDirectory users, Clock clock) {
        return create(em, new EntityManagerStore(em), users, clock);
    }

    public static StandaloneApp create(EntityManager em, EntityStore store, InMemoryUserDirectory users, Clock clock) {
        migrate(em);
        return new StandaloneApp(em, store, users, clock);
    }

    @SuppressWarnings("unchecked")
    static void migrate(EntityManager em) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(List.of(DeclaredEntities.fromDescriptor()));
        entities.add(StandaloneSettingEntity.class);
        try {
            em.migrate(entities.toArray(new Class[0]));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create or update the database tables: " + e.getMessage(), e);
        }
    }

    /** The REST application under /rest/mentoring/1.0, as the hosts' REST v2 module would serve it. */
    public ResourceConfig restApplication() {
        ResourceConfig config = new ResourceConfig();
        config.register(new RelationshipResource(relationships, agreements, relationshipViews, currentUser));
        config.register(new UserPickerResource(users, currentUser));
        config.register(new GoalResource(goals, goalViews, currentUser));
        config.register(new FeedbackResource(feedback, feedbackViews, currentUser));
        config.register(new SessionResource(sessions, sessionViews, currentUser));
        config.register(new ProfileResource(profiles, profileViews, currentUser));
        config.register(new SkillResource(skills, peopleSettings, users, currentUser));
        config.register(new MentorResource(directory, mentorViews, currentUser));
        config.register(DomainExceptionMapper.class);
        config.register(JsonInputExceptionMapper.class);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ScopeResource(scopeAdministration, currentUser));
        config.register(new NotificationResource(new NotificationInbox(store, clock), currentUser));
        config.register(new AccessAnnotationFilter(currentUser, users));
        config.register(new XsrfFilter());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }

    /** One secret per database, created by whichever node starts first. */
    private byte[] cookieSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return Base64.getDecoder().decode(settings.putIfAbsent(COOKIE_SECRET, Base64.getEncoder().encodeToString(fresh)));
    }
}
