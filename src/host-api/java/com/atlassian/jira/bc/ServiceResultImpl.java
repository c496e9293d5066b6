package com.atlassian.jira.bc;

/** Signature-only stub. */
public class ServiceResultImpl implements ServiceResult {
    public ServiceResultImpl(com.atlassian.jira.util.ErrorCollection errors) {
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public com.atlassian.jira.util.ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stub");
    }
}
