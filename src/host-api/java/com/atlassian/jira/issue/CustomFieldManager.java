package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;

/** Signature-only stub. */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(Long id);

    Collection<CustomField> getCustomFieldObjectsByName(String name);

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    @SuppressWarnings("rawtypes")
    CustomField createCustomField(String name, String description, CustomFieldType type, CustomFieldSearcher searcher,
                                  List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws org.ofbiz.core.entity.GenericEntityException;
}
