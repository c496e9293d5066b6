package com.atlassian.jira.plugin.webfragment.conditions;

/**
 * Signature-only stub: Jira's web-fragment condition "the user is a Jira administrator", named (never called) by the
 * settings link in atlassian-plugin.xml
 */
public class UserIsAdminCondition {
}
