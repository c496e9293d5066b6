package com.atlassian.jira.util;

/** Signature-only stub. */
public interface DateFieldFormat {
    String formatDatePicker(java.util.Date date);
}
