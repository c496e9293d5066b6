package com.atlassian.jira.util;

/** Signature-only stub. */
public class SimpleErrorCollection implements ErrorCollection {
    public SimpleErrorCollection() {
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public java.util.Collection<String> getErrorMessages() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public java.util.Map<String, String> getErrors() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public java.util.Set<Reason> getReasons() {
        throw new UnsupportedOperationException("stub");
    }
}
