package org.mentoring.host;

/**
 * Prepares a host project for mentoring when an administrator enables it there. In Jira: the Development
 * Goal issue type, its statuses and workflow mapped in the project's schemes. Elsewhere there is nothing to
 * prepare. Must be idempotent and safe to call from any node of a cluster.
 */
public interface ProjectSetup {
    ProjectSetup NONE = projectKey -> { };

    /** Throws {@link org.mentoring.error.RuleViolationException} when the project cannot be prepared safely. */
    void prepare(String projectKey);
}
