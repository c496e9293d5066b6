package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;

/** Signature-only stub [U reference B.5; confirmed by public callers below]. */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(Long id); // [I] well known

    Collection<CustomField> getCustomFieldObjectsByName(String name); // [V] usage: getCustomFieldObjectsByName("Automated").size()

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType(String key); // [V] usage

    CustomFieldSearcher getCustomFieldSearcher(String key); // [V] usage

    @SuppressWarnings("rawtypes")
    CustomField createCustomField(String name, String description, CustomFieldType type, CustomFieldSearcher searcher,
                                  List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws org.ofbiz.core.entity.GenericEntityException;
}
