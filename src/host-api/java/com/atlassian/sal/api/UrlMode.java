package com.atlassian.sal.api;

/** Signature-only stub. SAL's URL modes. */
public enum UrlMode { ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO }
