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
import org.mentoring.MentoringGraph;
import org.mentoring.admin.ScopeResource;
import org.mentoring.feedback.FeedbackResource;
import org.mentoring.goal.GoalHosting;
import org.mentoring.goal.GoalResource;
import org.mentoring.host.AdminAccess;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.EntityStore;
import org.mentoring.host.HostPorts;
import org.mentoring.host.Transactions;
import org.mentoring.notification.NotificationPreferencesResource;
import org.mentoring.notification.NotificationResource;
import org.mentoring.notification.UnsubscribeResource;
import org.mentoring.people.MentorResource;
import org.mentoring.people.ProfileResource;
import org.mentoring.people.SkillResource;
import org.mentoring.people.UserPickerResource;
import org.mentoring.program.EnrolmentFormResource;
import org.mentoring.program.EnrolmentResource;
import org.mentoring.program.MatchingResource;
import org.mentoring.program.ProgramResource;
import org.mentoring.relationship.RelationshipResource;
import org.mentoring.rest.DomainExceptionMapper;
import org.mentoring.rest.JsonInputExceptionMapper;
import org.mentoring.rest.StoreExceptionMapper;
import org.mentoring.rest.StrictJson;
import org.mentoring.rest.UnexpectedExceptionMapper;
import org.mentoring.session.SessionResource;

/**
 * The plugin's graph ({@link MentoringGraph}, the same composition root the plugin's Spring context uses) on the
 * standalone host's adapters, and the REST application the host serves.
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
    public final SessionCookies cookies;
    /** Base URL for links in mail: the server's own address unless --base-url says otherwise. */
    public final StandaloneLinks links = new StandaloneLinks();
    /** SMTP when configured, else the log. */
    public final StandaloneMail mail = new StandaloneMail();
    public final SignInThrottle signInThrottle;
    /** The app itself: every store and service. */
    public final MentoringGraph graph;
    /** Deactivating and reactivating the standalone host's people (the hosts' user management). */
    public final DirectoryAdministration directoryAdministration;

    private StandaloneApp(EntityManager em, EntityStore store, InMemoryUserDirectory users, Clock clock) {
        this.entityManager = em;
        this.store = store;
        this.transactions = new EntityManagerTransactions(em);
        this.users = users.withFlagsIn(store, transactions);
        this.clock = clock;
        this.settings = new DatabaseSettings(store, transactions);
        this.cookies = new SessionCookies(cookieSecret(), clock, new SessionGenerations(store, transactions));
        this.signInThrottle = new SignInThrottle(store, clock);
        this.graph = MentoringGraph.build(new HostPorts(store, transactions, this.users, this.users, settings, currentUser, links,
                new VelocityViewRenderer(this.users, cookies), AdminAccess.NONE, mail, clock), GoalHosting.OWN_TABLES, null,
                rewrite -> java.util.List.of(new StandalonePersonalData(rewrite, this.users, signInThrottle)));
        this.directoryAdministration = new DirectoryAdministration(this.users, graph.departures());
    }

    /** Migrates the schema (idempotent: every node may do it at start) and wires everything. */
    public static StandaloneApp create(EntityManager em, InMemoryUserDirectory users, Clock clock) {
        return create(em, new EntityManagerStore(em), users, clock);
    }

    public static StandaloneApp create(EntityManager em, EntityStore store, InMemoryUserDirectory users, Clock clock) {
        migrate(em);
        return new StandaloneApp(em, store, users, clock);
    }

    /** Every entity the standalone host migrates: the plugin's (atlassian-plugin.xml) and its own. */
    public static List<Class<? extends RawEntity<?>>> entities() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(List.of(DeclaredEntities.fromDescriptor()));
        entities.addAll(List.of(StandaloneSettingEntity.class, SessionGenerationEntity.class, SignInFailureEntity.class,
                UserActiveEntity.class));
        return entities;
    }

    /** Upgrade steps after the stored model version, then the current entities, one node at a time (as AO does). */
    static void migrate(EntityManager em) {
        migrate(em, org.mentoring.upgrade.SchemaUpgrades.ALL);
    }

    static void migrate(EntityManager em, List<org.mentoring.upgrade.SchemaUpgrade> steps) {
        try {
            SchemaLock.around(em, () -> SchemaMigration.run(em, steps, entities()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create or update the database tables: " + e.getMessage(), e);
        }
    }

    /** The REST application under /rest/mentoring/1.0, as the hosts' REST v2 module would serve it. */
    public ResourceConfig restApplication() {
        ResourceConfig config = new ResourceConfig();
        config.register(new RelationshipResource(graph.relationships(), graph.agreements(), graph.relationshipViews(), currentUser));
        config.register(new UserPickerResource(users, currentUser));
        config.register(new ProfileResource(graph.profiles(), graph.profileViews(), currentUser));
        config.register(new SkillResource(graph.skills(), graph.peopleSettings(), users, currentUser));
        config.register(new MentorResource(graph.directory(), graph.mentorViews(), currentUser));
        config.register(new GoalResource(graph.goals(), graph.goalViews(), currentUser));
        config.register(new FeedbackResource(graph.feedback(), graph.feedbackViews(), currentUser));
        config.register(new SessionResource(graph.sessions(), graph.sessionViews(), currentUser));
        config.register(new ScopeResource(graph.scopeAdministration(), currentUser));
        config.register(new NotificationResource(graph.notificationInbox(), currentUser));
        config.register(new NotificationPreferencesResource(graph.deliveryPreferences(), currentUser));
        config.register(new UnsubscribeResource(graph.unsubscribeLinks(), graph.deliveryPreferences(), links, new VelocityViewRenderer(users, cookies)));
        config.register(new ProgramResource(graph.programs(), currentUser));
        config.register(new org.mentoring.network.IntroductionResource(graph.introductions(), graph.introductionViews(), currentUser));
        config.register(new DirectoryUsersResource(directoryAdministration, currentUser));
        config.register(new org.mentoring.reminder.ReminderSettingsResource(graph.reminderAdministration(), currentUser));
        config.register(new org.mentoring.program.ProgramDashboardResource(graph.programDashboards(), currentUser));
        config.register(new org.mentoring.program.ProgramEndResource(graph.programEnd(), currentUser));
        config.register(new EnrolmentResource(graph.enrolments(), users, currentUser));
        config.register(new MatchingResource(graph.matching(), graph.skills(), users, currentUser));
        config.register(new org.mentoring.program.ApplicationResource(graph.applications(), users, currentUser));
        config.register(new org.mentoring.program.CandidateResource(graph.applications(), graph.skills(), users, currentUser));
        config.register(new EnrolmentFormResource(graph.enrolmentForms(), graph.enrolments(), graph.profileViews(), users, currentUser));
        config.register(new org.mentoring.privacy.PersonalDataResource(graph.personalDataExport(), currentUser));
        config.register(new org.mentoring.privacy.PrivacyAdminResource(graph.privacyAdministration(), currentUser));
        config.register(DomainExceptionMapper.class);
        config.register(JsonInputExceptionMapper.class);
        config.register(StoreExceptionMapper.class);
        config.register(UnexpectedExceptionMapper.class);
        config.register(BasicChallenge.class);
        config.register(StrictJson.class);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new AccessAnnotationFilter(currentUser, users));
        config.register(new XsrfFilter(config.getInstances().stream().<Class<?>>map(Object::getClass).toList()));
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
