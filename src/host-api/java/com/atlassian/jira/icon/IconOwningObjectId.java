package com.atlassian.jira.icon;

/** Signature-only stub [V usage: new IconOwningObjectId("0") for a not-yet-created issue type]. */
public final class IconOwningObjectId {
    public IconOwningObjectId(String id) { // [V]
    }
}
