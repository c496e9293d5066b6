package com.atlassian.jira.util;

/** Signature-only stub [V usage: Jira's DatePickerConverterImpl and the due-date operations handler]. */
public interface DateFieldFormat {
    String formatDatePicker(java.util.Date date); // [V]
}
