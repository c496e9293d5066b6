package com.atlassian.jira.avatar;

/** Signature-only stub [I: the cropping selection AvatarManager.create takes; callers pass null]. */
public class Selection {
}
