package com.atlassian.sal.api;

/** Signature-only stub. [V] SAL's URL modes, in their real declaration order (docs/host-assumptions.md). */
public enum UrlMode { CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO }
