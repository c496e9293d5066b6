package com.atlassian.jira.icon;

/** Signature-only stub [V usage: IconType.ISSUE_TYPE_ICON_TYPE with AvatarManager in Platform-8 plugins]. */
public final class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType(); // [V]

    private IconType() {
    }
}
