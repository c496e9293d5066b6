package com.atlassian.audit.entity;

/** Signature-only stub. */
public enum CoverageLevel {
    BASE, ADVANCED, FULL
}
