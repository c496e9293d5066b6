package org.mentoring.web;

/**
 * The one place that knows the addresses of the app's pages. Templates get one under the request's context
 * path as {@code $links} (its methods are in the {@code velocity-allowlist}); notifications store
 * {@link #RELATIVE} links (relative to the host's base URL, which the reader's host puts in front). The
 * pages' scripts build the few addresses they need in {@code rest-client.js} ({@code MentoringRest.links}).
 */
public final class PageLinks {
    /** Where the hosts mount the app's servlets. */
    public static final String ROOT = "/plugins/servlet/mentoring";
    /** Links relative to the host's base URL: the form notifications keep in the database. */
    public static final PageLinks RELATIVE = new PageLinks("");

    private final String prefix;

    private PageLinks(String contextPath) {
        this.prefix = (contextPath == null ? "" : contextPath) + ROOT;
    }

    /** Links under the host's context path ("" at the root, "/jira" under one). */
    public static PageLinks under(String contextPath) {
        return contextPath == null || contextPath.isEmpty() ? RELATIVE : new PageLinks(contextPath);
    }

    public String myMentoring() {
        return prefix + "/my";
    }

    public String relationship(long id) {
        return prefix + "/relationship?id=" + id;
    }

    /** A section of the relationship page ({@code feedback}, {@code sessions} …), scrolled to. */
    public String relationshipSection(long relationshipId, String sectionId) {
        return relationship(relationshipId) + "#section-" + sectionId;
    }

    /** One piece of feedback on its relationship's page. */
    public String feedback(long relationshipId, long feedbackId) {
        return relationship(relationshipId) + "#feedback-" + feedbackId;
    }

    public String goalBoard(long relationshipId) {
        return prefix + "/goals?relationship=" + relationshipId;
    }

    public String goal(long id) {
        return prefix + "/goal?id=" + id;
    }

    /** "Find a mentor", the mentor directory. */
    public String findMentor() {
        return prefix + "/mentors";
    }

    /** My mentoring with the proposal dialog opened for {@code userKey} (from the directory's Propose button). */
    public String proposeTo(String userKey) {
        return prefix + "/my?propose=" + java.net.URLEncoder.encode(userKey, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * "Propose a mentorship" with the person an accepted introduction connected the viewer to: the dialog takes them from
     * the introduction (whose counterpart the viewer may see), so a hidden profile neither blocks it nor shows.
     */
    public String proposeFromIntroduction(long introductionId) {
        return prefix + "/my?introduction=" + introductionId;
    }

    /** "My network": introductions waiting for the viewer's answer, the people they were introduced to, those they introduced. */
    public String network() {
        return prefix + "/network";
    }

    /** Each person's notification preferences: what reaches them, in the app and by mail. */
    public String preferences() {
        return prefix + "/preferences";
    }

    public String admin() {
        return prefix + "/admin";
    }

    /** The standalone host's people (deactivating and reactivating them); Jira and Confluence have their own. */
    public String adminPeople() {
        return prefix + "/admin/people";
    }

    /** The programs: open ones to join, and the ones the viewer runs. */
    public String programs() {
        return prefix + "/programs";
    }

    public String program(long id) {
        return prefix + "/program?id=" + id;
    }

    /** Choosing in a program: the ranked candidates and the viewer's applications to them. */
    public String programChoose(long id) {
        return prefix + "/program-choose?id=" + id;
    }

    /** The applications a person received in a program, to accept or decline. */
    public String programApplications(long id) {
        return prefix + "/program-applications?id=" + id;
    }

    /** One application among those a person received in a program (a link of its own, so its notice can be retracted alone). */
    public String programApplication(long programId, long applicationId) {
        return programApplications(programId) + "#application-" + applicationId;
    }

    /** A program's dashboard (its managers and administrators). */
    public String programDashboard(long id) {
        return prefix + "/program-dashboard?id=" + id;
    }

    /** A program's manager matching: runs, pins and forbids, publishing (its managers and administrators). */
    public String programMatching(long id) {
        return prefix + "/program-matching?id=" + id;
    }

    /** The viewer's own data: what the app holds about them, readable, with the JSON download. */
    public String myData() {
        return prefix + "/me/export";
    }

    /** Erasure and retention (administrators). */
    public String privacyAdmin() {
        return prefix + "/admin/privacy";
    }

    /** The app's audit log from entry {@code startAt} (administrators; the standalone host's). */
    public String audit(long startAt) {
        return prefix + "/admin/audit" + (startAt > 0 ? "?startAt=" + startAt : "");
    }
}
