package org.mentoring;

import java.time.Clock;
import java.util.List;
import org.mentoring.access.AccessPolicy;
import org.mentoring.admin.MentoringScope;
import org.mentoring.admin.ScopeAdministration;
import org.mentoring.feedback.FeedbackService;
import org.mentoring.feedback.FeedbackStore;
import org.mentoring.feedback.FeedbackViews;
import org.mentoring.goal.GoalHosting;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalStore;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.GoalTransitionRecorder;
import org.mentoring.goal.GoalViews;
import org.mentoring.goal.IssueGoals;
import org.mentoring.goal.StoredGoalTracker;
import org.mentoring.host.HostPorts;
import org.mentoring.network.IntroductionService;
import org.mentoring.network.IntroductionStore;
import org.mentoring.network.IntroductionViews;
import org.mentoring.web.IntroductionsSection;
import org.mentoring.people.Departures;
import org.mentoring.people.FitScore;
import org.mentoring.people.MentorDirectory;
import org.mentoring.people.MentorViews;
import org.mentoring.people.PeopleSettings;
import org.mentoring.people.ProfileService;
import org.mentoring.people.ProfileStore;
import org.mentoring.people.ProfileViews;
import org.mentoring.people.SkillCatalogue;
import org.mentoring.people.SkillStore;
import org.mentoring.host.ProjectSetup;
import org.mentoring.notification.DeliveryPreferences;
import org.mentoring.notification.DigestSchedule;
import org.mentoring.notification.MailComposer;
import org.mentoring.notification.MailDeliveryJob;
import org.mentoring.notification.NotificationInbox;
import org.mentoring.notification.UnsubscribeLinks;
import org.mentoring.notification.NotificationText;
import org.mentoring.notification.StoredNotifications;
import org.mentoring.program.EnrolmentForms;
import org.mentoring.program.EnrolmentService;
import org.mentoring.program.MatchingService;
import org.mentoring.program.MatchingStore;
import org.mentoring.program.EnrolmentStore;
import org.mentoring.program.ProgramManagers;
import org.mentoring.program.ProgramService;
import org.mentoring.program.ProgramStore;
import org.mentoring.relationship.AgreementService;
import org.mentoring.relationship.MentorCapacity;
import org.mentoring.relationship.PairContent;
import org.mentoring.relationship.RelationshipNotices;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipSettings;
import org.mentoring.relationship.RelationshipStore;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.relationship.RelationshipWrites;
import org.mentoring.session.SessionService;
import org.mentoring.session.SessionStore;
import org.mentoring.session.SessionViews;
import org.mentoring.web.EmbeddedSections;
import org.mentoring.web.FeedbackSection;
import org.mentoring.web.GoalsSection;
import org.mentoring.web.PageResponder;
import org.mentoring.web.RelationshipCard;
import org.mentoring.web.RelationshipPageBlueprint;
import org.mentoring.host.ScheduledJob;
import org.mentoring.relationship.ProposalExpiryJob;
import org.mentoring.web.RelationshipPageSections;
import org.mentoring.web.SectionRenderer;
import org.mentoring.web.SessionsSection;
import org.mentoring.reminder.ReminderAdministration;
import org.mentoring.reminder.ReminderJob;
import org.mentoring.reminder.ReminderSettings;
import org.mentoring.reminder.ReminderStore;
import org.mentoring.reminder.Reminders;

/**
 * The composition root: every store and service of the app, built once from the host's ports. The plugin's Spring
 * context reaches it through a factory bean, the standalone host and the tests call {@link #build} the same way, so
 * what the tests run is the plugin's graph. Nothing else constructs a store or a service.
 */
public final class MentoringGraph {
    private final HostPorts ports;
    private final ProgramManagers programManagers;
    private final AccessPolicy access;
    private final MentoringScope scope;
    private final RelationshipSettings relationshipSettings;
    private final MentorCapacity capacity;
    private final StoredNotifications notifications;
    private final NotificationInbox notificationInbox;
    private final DeliveryPreferences deliveryPreferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final RelationshipService relationships;
    private final AgreementService agreements;
    private final RelationshipViews relationshipViews;
    private final IssueGoals issueGoals;
    private final GoalHosting.Choice goalHosting;
    private final ScopeAdministration scopeAdministration;
    private final GoalService goals;
    private final GoalViews goalViews;
    private final FeedbackService feedback;
    private final FeedbackViews feedbackViews;
    private final SessionService sessions;
    private final SessionViews sessionViews;
    private final PageResponder pageResponder;
    private final SectionRenderer sectionRenderer;
    private final RelationshipCard relationshipCard;
    private final GoalsSection goalsSection;
    private final SessionsSection sessionsSection;
    private final FeedbackSection feedbackSection;
    private final RelationshipPageSections pageSections;
    private final EmbeddedSections embeddedSections;
    private final RelationshipPageBlueprint relationshipPageBlueprint;
    private final PeopleSettings peopleSettings;
    private final SkillCatalogue skills;
    private final ProfileService profiles;
    private final ProfileViews profileViews;
    private final MentorDirectory directory;
    private final MentorViews mentorViews;
    private final Departures departures;
    private final List<ScheduledJob> jobs;
    private final ProgramStore programStore;
    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final IntroductionService introductions;
    private final IntroductionViews introductionViews;
    private final IntroductionsSection introductionsSection;
    private final ReminderSettings reminderSettings;
    private final ReminderAdministration reminderAdministration;
    private final org.mentoring.program.ProgramDashboardService programDashboards;
    private final org.mentoring.web.EmbeddedProgram embeddedProgram;
    private final org.mentoring.web.ProgramHomeBlueprint programHomeBlueprint;
    private final org.mentoring.program.ProgramEndService programEnd;
    private final EnrolmentForms enrolmentForms;
    private final MatchingService matching;
    private final org.mentoring.program.ApplicationService applications;

    private final org.mentoring.audit.StoredAuditLog storedAudit;
    private final org.mentoring.host.AuditLog audit;
    private final org.mentoring.privacy.Erasure erasure;
    private final org.mentoring.privacy.PersonalDataExport personalDataExport;
    private final org.mentoring.privacy.Retention retention;
    private final org.mentoring.privacy.PrivacyAdministration privacyAdministration;

    private MentoringGraph(HostPorts ports, GoalHosting hosting, org.mentoring.host.AuditLog hostAudit,
                           java.util.function.Function<org.mentoring.privacy.KeyRewrite, List<org.mentoring.privacy.PersonalData>> hostParts) {
        this.ports = ports;
        Clock clock = ports.clock();
        // Where the host has no audit log of its own (the standalone host, the tests), the app keeps one.
        storedAudit = new org.mentoring.audit.StoredAuditLog(ports.entities(), clock);
        audit = hostAudit == null ? storedAudit : hostAudit;
        programManagers = new ProgramManagers(ports.entities());
        access = new AccessPolicy(ports.users(), programManagers);
        programStore = new ProgramStore(ports.entities());
        programs = new ProgramService(programStore, programManagers, access, ports.users(), ports.transactions(), clock,
                audit, this::programClosed);
        EnrolmentStore enrolmentStore = new EnrolmentStore(ports.entities());
        enrolments = new EnrolmentService(enrolmentStore, programStore, access, ports.users(),
                ports.transactions(), clock);
        scope = new MentoringScope(ports.settings());
        relationshipSettings = new RelationshipSettings(ports.settings(), scope);
        capacity = new MentorCapacity(ports.entities(), relationshipSettings, ports.users());
        deliveryPreferences = new DeliveryPreferences(ports.entities(), ports.transactions());
        notifications = new StoredNotifications(ports.entities(), deliveryPreferences, new DigestSchedule(ports.settings(), clock), clock);
        NotificationText notificationText = new NotificationText(ports.users());
        notificationInbox = new NotificationInbox(ports.entities(), notificationText, clock);
        unsubscribeLinks = new UnsubscribeLinks(ports.settings(), ports.links());
        MailDeliveryJob mailDelivery = new MailDeliveryJob(ports.entities(), ports.transactions(), ports.users(),
                new MailComposer(notificationText, unsubscribeLinks, ports.links(), ports.views(), ports.locales()), ports.mail(), clock);

        RelationshipStore relationshipStore = new RelationshipStore(ports.entities());
        RelationshipNotices notices = new RelationshipNotices(notifications);
        RelationshipWrites writes = new RelationshipWrites(relationshipStore, ports.transactions(), access, capacity, notices, clock);
        relationships = new RelationshipService(relationshipStore, writes, notices, ports.transactions(), ports.users(), access,
                relationshipSettings, enrolments, clock);
        agreements = new AgreementService(relationshipStore, relationships, writes, access);
        relationshipViews = new RelationshipViews(relationships, ports.users());
        PairContent content = new PairContent(relationships, access, ports.transactions());

        GoalStore goalStore = new GoalStore(ports.entities());
        GoalTransitionRecorder recorder = new GoalTransitionRecorder(goalStore, notifications, clock);
        issueGoals = new IssueGoals(goalStore, ports.transactions(), relationships, recorder, clock);
        StoredGoalTracker ownTables = new StoredGoalTracker(goalStore, recorder, clock);
        goalHosting = hosting.choose(new GoalHosting.Parts(ports.settings(), scope, issueGoals, ownTables));
        scopeAdministration = new ScopeAdministration(scope, ports.users(), goalHosting.projectSetup(), audit);
        goals = new GoalService(goalStore, content, goalHosting.tracker(), notifications, clock);
        goalViews = new GoalViews(relationships, ports.users(), clock);

        feedback = new FeedbackService(new FeedbackStore(ports.entities()), content, goals, notifications, clock);
        feedbackViews = new FeedbackViews(ports.users());
        sessions = new SessionService(new SessionStore(ports.entities()), content, relationships, goals, notifications, clock);
        sessionViews = new SessionViews(ports.users());

        pageResponder = new PageResponder(ports.currentUser(), ports.links(), ports.views());
        sectionRenderer = new SectionRenderer(ports.views());
        relationshipCard = new RelationshipCard(agreements, relationshipViews);
        goalsSection = new GoalsSection(goals, goalViews);
        sessionsSection = new SessionsSection(sessions, sessionViews, relationshipViews, clock, goals);
        feedbackSection = new FeedbackSection(feedback, goals, ports.users());
        introductions = new IntroductionService(new IntroductionStore(ports.entities()), content, relationships, access, ports.users(),
                notifications, clock);
        introductionViews = new IntroductionViews(ports.users());
        introductionsSection = new IntroductionsSection(introductions, introductionViews, relationshipViews);
        pageSections = new RelationshipPageSections(List.of(goalsSection, sessionsSection, feedbackSection, introductionsSection));
        embeddedSections = new EmbeddedSections(relationships, ports.users(), sectionRenderer);
        relationshipPageBlueprint = new RelationshipPageBlueprint(relationships, ports.users());

        peopleSettings = new PeopleSettings(ports.settings());
        skills = new SkillCatalogue(new SkillStore(ports.entities()), ports.transactions(), ports.users());
        ProfileStore profileStore = new ProfileStore(ports.entities());
        profiles = new ProfileService(profileStore, skills, peopleSettings, capacity, access, ports.users(), ports.transactions(), clock);
        profileViews = new ProfileViews(skills, capacity, ports.users());
        directory = new MentorDirectory(profileStore, skills, capacity, ports.people(), access, new FitScore(FitScore.Weights.DEFAULT),
                ports.transactions());
        mentorViews = new MentorViews(skills, ports.users());
        // When someone leaves the host: out of the directory, then their relationships and open introductions (each step idempotent).
        departures = new Departures(List.of(profiles::departed, relationships::memberDeparted, introductions::cancelOpenThrough), profiles);
        reminderSettings = new ReminderSettings(ports.settings());
        reminderAdministration = new ReminderAdministration(reminderSettings, access, ports.users(), programStore);
        ReminderJob reminders = new ReminderJob(new Reminders(new ReminderStore(ports.entities(), relationshipStore), reminderSettings, notifications,
                ports.transactions(), ports.users(), clock));
        enrolmentForms = new EnrolmentForms(enrolments, profiles, capacity);
        MatchingStore matchingStore = new MatchingStore(ports.entities(), relationshipStore);
        // One reading of a program's pool (room, blocked pairs, profiles) for manager matching and for choosing.
        org.mentoring.program.ProgramPool.Reader programPools = new org.mentoring.program.ProgramPool.Reader(enrolmentStore,
                matchingStore, profileStore, capacity);
        matching = new MatchingService(matchingStore, programPools, programStore, profileStore,
                relationships, access, ports.users(), ports.transactions(), clock, audit);
        org.mentoring.program.ApplicationStore applicationStore = new org.mentoring.program.ApplicationStore(ports.entities());
        applications = new org.mentoring.program.ApplicationService(applicationStore,
                enrolmentStore, programPools, programStore, relationships, access,
                notifications, ports.settings(), ports.transactions(), clock);
        programEnd = new org.mentoring.program.ProgramEndService(new org.mentoring.program.ProgramEndStore(ports.entities()),
                programStore, relationshipStore, relationships, notifications, ports.transactions());
        programDashboards = new org.mentoring.program.ProgramDashboardService(programs,
                new org.mentoring.program.ProgramDashboardStore(ports.entities(), relationshipStore), applicationStore, clock);
        embeddedProgram = new org.mentoring.web.EmbeddedProgram(programDashboards, sectionRenderer);
        programHomeBlueprint = new org.mentoring.web.ProgramHomeBlueprint(programs);

        // Personal data: each feature's part, for export, erasure and retention. A feature with a table of its own
        // adds its part here (the after-erasure test scans every table of the app).
        org.mentoring.privacy.KeyRewrite rewrite = new org.mentoring.privacy.KeyRewrite(ports.entities());
        org.mentoring.program.ProgramPersonalData programData = new org.mentoring.program.ProgramPersonalData(ports.entities(), programManagers, rewrite);
        List<org.mentoring.privacy.PersonalData> parts = new java.util.ArrayList<>(List.of(
                new org.mentoring.people.ProfilePersonalData(ports.entities(), rewrite),
                // Before relationships: open introductions are cancelled while the relationship they belong to still runs.
                new org.mentoring.network.IntroductionPersonalData(ports.entities(), introductions, introductionViews, rewrite),
                new org.mentoring.relationship.RelationshipPersonalData(ports.entities(), relationshipStore, relationships, ports.users(), rewrite),
                new org.mentoring.goal.GoalPersonalData(ports.entities(), rewrite),
                new org.mentoring.session.SessionPersonalData(ports.entities(), rewrite),
                new org.mentoring.feedback.FeedbackPersonalData(ports.entities(), ports.users(), rewrite, clock),
                programData,
                new org.mentoring.program.ApplicationPersonalData(ports.entities(), applications),
                new org.mentoring.notification.NotificationPersonalData(ports.entities(), rewrite),
                new org.mentoring.reminder.ReminderPersonalData(ports.entities(), rewrite),
                new org.mentoring.audit.AuditPersonalData(rewrite)));
        parts.addAll(hostParts.apply(rewrite));
        erasure = new org.mentoring.privacy.Erasure(parts, List.of(programData), rewrite, ports.transactions(), audit);
        personalDataExport = new org.mentoring.privacy.PersonalDataExport(parts, ports.users(), ports.transactions(), audit, clock);
        org.mentoring.relationship.RelationshipRetention relationshipRetention = new org.mentoring.relationship.RelationshipRetention(ports.entities());
        retention = new org.mentoring.privacy.Retention(ports.settings(), relationshipRetention, List.of(
                new org.mentoring.goal.GoalRetention(ports.entities()),
                new org.mentoring.session.SessionRetention(ports.entities()),
                new org.mentoring.feedback.FeedbackRetention(ports.entities()),
                relationshipRetention), ports.transactions(), audit, clock);
        privacyAdministration = new org.mentoring.privacy.PrivacyAdministration(erasure, retention, storedAudit, ports.users());
        jobs = List.of(new ProposalExpiryJob(relationships), mailDelivery, reminders,
                new org.mentoring.program.ProgramEndJob(programEnd), new org.mentoring.privacy.RetentionJob(retention));
    }

    /** The app on {@code ports}; {@code hosting} picks where goals live (Jira's issues, or the app's own tables). */
    public static MentoringGraph build(HostPorts ports, GoalHosting hosting) {
        return new MentoringGraph(ports, hosting, null, rewrite -> List.of());
    }

    /** The app on a host with an audit log of its own ({@code audit}; null: the app's own table): Jira and Confluence. */
    public static MentoringGraph build(HostPorts ports, GoalHosting hosting, org.mentoring.host.AuditLog audit) {
        return new MentoringGraph(ports, hosting, audit, rewrite -> List.of());
    }

    /**
     * The app on a host with an audit log of its own ({@code audit}; null: the app's own table) and data of its own
     * about people ({@code hostParts}: the standalone host's sign-in records), erased with the app's. The host's parts
     * are made from the graph's own key rewrite, so there is one.
     */
    public static MentoringGraph build(HostPorts ports, GoalHosting hosting, org.mentoring.host.AuditLog audit,
                                       java.util.function.Function<org.mentoring.privacy.KeyRewrite, List<org.mentoring.privacy.PersonalData>> hostParts) {
        return new MentoringGraph(ports, hosting, audit, hostParts);
    }

    /** Where administrators' changes are recorded: the host's audit log, or the app's own table. */
    public org.mentoring.host.AuditLog audit() {
        return audit;
    }

    /** The app's own audit table (the standalone host's audit page; empty where the host keeps the log). */
    public org.mentoring.audit.StoredAuditLog storedAudit() {
        return storedAudit;
    }

    /** Forgetting a person: Jira's anonymisation handlers, Confluence's user removal and the standalone host's administrators. */
    public org.mentoring.privacy.Erasure erasure() {
        return erasure;
    }

    public org.mentoring.privacy.PersonalDataExport personalDataExport() {
        return personalDataExport;
    }

    public org.mentoring.privacy.Retention retention() {
        return retention;
    }

    public org.mentoring.privacy.PrivacyAdministration privacyAdministration() {
        return privacyAdministration;
    }

    /** The work the host schedules once per cluster (org.mentoring.host.ScheduledWork). */
    public List<ScheduledJob> jobs() {
        return jobs;
    }

    public HostPorts ports() {
        return ports;
    }

    public ProgramManagers programManagers() {
        return programManagers;
    }

    public AccessPolicy access() {
        return access;
    }

    public MentoringScope scope() {
        return scope;
    }

    public RelationshipSettings relationshipSettings() {
        return relationshipSettings;
    }

    public MentorCapacity capacity() {
        return capacity;
    }

    /** Where every service's notifications go (in the app and the mail outbox, as each person chose). */
    public org.mentoring.host.Notifications notifications() {
        return notifications;
    }

    public DeliveryPreferences deliveryPreferences() {
        return deliveryPreferences;
    }

    public UnsubscribeLinks unsubscribeLinks() {
        return unsubscribeLinks;
    }

    public NotificationInbox notificationInbox() {
        return notificationInbox;
    }

    public RelationshipService relationships() {
        return relationships;
    }

    public AgreementService agreements() {
        return agreements;
    }

    public RelationshipViews relationshipViews() {
        return relationshipViews;
    }

    /** The mirror of goal issues: Jira's post-function and listener call it. */
    public IssueGoals issueGoals() {
        return issueGoals;
    }

    /** The tracker that creates and moves goals: Jira's where Jira hosts them, else the app's own. */
    public GoalTracker goalTracker() {
        return goalHosting.tracker();
    }

    public ProjectSetup projectSetup() {
        return goalHosting.projectSetup();
    }

    public ScopeAdministration scopeAdministration() {
        return scopeAdministration;
    }

    public GoalService goals() {
        return goals;
    }

    public GoalViews goalViews() {
        return goalViews;
    }

    public FeedbackService feedback() {
        return feedback;
    }

    public FeedbackViews feedbackViews() {
        return feedbackViews;
    }

    public SessionService sessions() {
        return sessions;
    }

    public SessionViews sessionViews() {
        return sessionViews;
    }

    public PageResponder pageResponder() {
        return pageResponder;
    }

    public SectionRenderer sectionRenderer() {
        return sectionRenderer;
    }

    public RelationshipCard relationshipCard() {
        return relationshipCard;
    }

    public GoalsSection goalsSection() {
        return goalsSection;
    }

    public SessionsSection sessionsSection() {
        return sessionsSection;
    }

    public FeedbackSection feedbackSection() {
        return feedbackSection;
    }

    /** The relationship page's sections in page order (the page loads each from the section servlet). */
    public RelationshipPageSections pageSections() {
        return pageSections;
    }

    /** Sections embedded in Confluence pages (macros). */
    public EmbeddedSections embeddedSections() {
        return embeddedSections;
    }

    public org.mentoring.web.EmbeddedProgram embeddedProgram() {
        return embeddedProgram;
    }

    public org.mentoring.web.ProgramHomeBlueprint programHomeBlueprint() {
        return programHomeBlueprint;
    }

    public RelationshipPageBlueprint relationshipPageBlueprint() {
        return relationshipPageBlueprint;
    }

    public PeopleSettings peopleSettings() {
        return peopleSettings;
    }

    public SkillCatalogue skills() {
        return skills;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public ProfileViews profileViews() {
        return profileViews;
    }

    public MentorDirectory directory() {
        return directory;
    }

    public MentorViews mentorViews() {
        return mentorViews;
    }

    /** What happens when a person is deactivated in the host, and reactivated (the hosts' user listeners call it). */
    public Departures departures() {
        return departures;
    }

    public ProgramService programs() {
        return programs;
    }

    public EnrolmentService enrolments() {
        return enrolments;
    }

    /** Introductions (networking); {@link IntroductionService#cancelOpenThrough} is a step of user deactivation. */
    public IntroductionService introductions() {
        return introductions;
    }

    public IntroductionViews introductionViews() {
        return introductionViews;
    }

    public IntroductionsSection introductionsSection() {
        return introductionsSection;
    }

    /** Reminder timings: administrators' and programs' (the reminder job reads them each run). */
    public ReminderSettings reminderSettings() {
        return reminderSettings;
    }

    public ReminderAdministration reminderAdministration() {
        return reminderAdministration;
    }

    /** Program dashboards: aggregates for a program's managers and administrators. */
    public org.mentoring.program.ProgramDashboardService programDashboards() {
        return programDashboards;
    }

    public EnrolmentForms enrolmentForms() {
        return enrolmentForms;
    }

    /** A program closed: its mentorships end with it (the graph's own wiring, built before programEnd). */
    private void programClosed(long programId) {
        programEnd.programClosed(programId);
    }

    /** The end of programs for their mentorships: reminders, the members' choice to go on, the close. */
    public org.mentoring.program.ProgramEndService programEnd() {
        return programEnd;
    }

    public org.mentoring.program.ApplicationService applications() {
        return applications;
    }

    public MatchingService matching() {
        return matching;
    }
}
