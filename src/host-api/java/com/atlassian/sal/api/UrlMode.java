package com.atlassian.sal.api;

/** Signature-only stub. [I] SAL's URL modes. */
public enum UrlMode { ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO }
