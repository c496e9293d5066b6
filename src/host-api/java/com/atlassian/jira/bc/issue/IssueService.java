package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

/** Signature-only stub. */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters params);

    IssueResult create(ApplicationUser user, CreateValidationResult result);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId, IssueInputParameters params);

    IssueResult transition(ApplicationUser user, TransitionValidationResult result);

    class IssueValidationResult extends com.atlassian.jira.bc.ServiceResultImpl {
        IssueValidationResult() {
            super(null);
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stub");
        }
    }

    final class CreateValidationResult extends IssueValidationResult {
    }

    class TransitionValidationResult extends com.atlassian.jira.bc.ServiceResultImpl {
        TransitionValidationResult() {
            super(null);
        }
    }

    class IssueResult extends com.atlassian.jira.bc.ServiceResultImpl {
        IssueResult() {
            super(null);
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
