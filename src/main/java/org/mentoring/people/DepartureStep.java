package org.mentoring.people;

/**
 * One consequence of a person leaving the host (deactivated in Jira, Confluence or the standalone directory), run by
 * {@link Departures}. Each step keeps its own transactions and must be idempotent: the host may report the same
 * departure twice, on any node of the cluster.
 */
@FunctionalInterface
public interface DepartureStep {
    void departed(String userKey);
}
