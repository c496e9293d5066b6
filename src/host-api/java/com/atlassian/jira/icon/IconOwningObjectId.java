package com.atlassian.jira.icon;

/** Signature-only stub. */
public final class IconOwningObjectId {
    public IconOwningObjectId(String id) {
    }
}
