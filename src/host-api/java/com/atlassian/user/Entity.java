package com.atlassian.user;

/** Signature-only stub (atlassian-user, as Confluence ships it). */
public interface Entity {
    String getName();
}
