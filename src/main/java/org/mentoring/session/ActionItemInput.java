package org.mentoring.session;

/**
 * An action item as a caller sent it. On an edit, absent (null) fields stay as they are, and a blank
 * {@code dueOn} clears the due date.
 */
public record ActionItemInput(String text, String ownerKey, String dueOn, Boolean done) {
}
