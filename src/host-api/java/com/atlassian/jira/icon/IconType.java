package com.atlassian.jira.icon;

/** Signature-only stub. */
public final class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
    }
}
