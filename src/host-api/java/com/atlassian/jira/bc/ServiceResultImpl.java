package com.atlassian.jira.bc;

/** Signature-only stub [V reference B.5: IssueService's results extend it]. */
public class ServiceResultImpl implements ServiceResult {
    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public com.atlassian.jira.util.ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stub");
    }
}
