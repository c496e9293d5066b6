package org.mentoring.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.error.Problem;
import org.mentoring.i18n.Messages;

/** Jira-style error body: messages about the request as a whole, and one message per bad field. */
public record ErrorJson(List<String> errorMessages, Map<String, String> errors) {
    public static ErrorJson of(List<Problem> problems, Locale locale) {
        List<String> messages = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem p : problems) {
            String text = Messages.text(locale, p);
            if (p.field() == null) {
                messages.add(text);
            } else {
                errors.putIfAbsent(p.field(), text);
            }
        }
        return new ErrorJson(messages, errors);
    }
}
