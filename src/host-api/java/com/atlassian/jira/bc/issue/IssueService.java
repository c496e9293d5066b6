package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub [V reference B.5 validateCreate; the rest confirmed by public callers (create, validateTransition, transition)]. */
public interface IssueService {
    IssueInputParameters newIssueInputParameters(); // [V] usage

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters params); // [V]

    IssueResult create(ApplicationUser user, CreateValidationResult result); // [V] usage: issueService.create(user, validIssue)

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId, IssueInputParameters params); // [V] usage

    IssueResult transition(ApplicationUser user, TransitionValidationResult result); // [V] usage

    class IssueValidationResult extends com.atlassian.jira.bc.ServiceResultImpl {
        public MutableIssue getIssue() { // [V]
            throw new UnsupportedOperationException("stub");
        }
    }

    final class CreateValidationResult extends IssueValidationResult { // [V]
    }

    class TransitionValidationResult extends com.atlassian.jira.bc.ServiceResultImpl { // [V] usage IssueService.TransitionValidationResult
    }

    class IssueResult extends com.atlassian.jira.bc.ServiceResultImpl { // [V]
        public MutableIssue getIssue() { // [V] usage transitionResult.getIssue()
            throw new UnsupportedOperationException("stub");
        }
    }
}
