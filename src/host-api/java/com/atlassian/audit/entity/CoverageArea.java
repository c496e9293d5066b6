package com.atlassian.audit.entity;

/** Signature-only stub (the constants used here). */
public enum CoverageArea {
    GLOBAL_CONFIG_AND_ADMINISTRATION, LOCAL_CONFIG_AND_ADMINISTRATION, USER_MANAGEMENT, SECURITY, END_USER_ACTIVITY
}
