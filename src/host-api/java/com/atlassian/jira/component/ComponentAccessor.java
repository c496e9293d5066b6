package com.atlassian.jira.component;

/** Signature-only stub [V usage: ComponentAccessor.getComponent(IssueTypeManager.class) etc. in Platform-8 plugins]. */
public final class ComponentAccessor {
    private ComponentAccessor() {
    }

    public static <T> T getComponent(Class<T> type) { // [V]
        throw new UnsupportedOperationException("stub");
    }
}
