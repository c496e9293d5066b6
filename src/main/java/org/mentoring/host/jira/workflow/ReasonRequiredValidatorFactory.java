package org.mentoring.host.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.List;
import java.util.Map;

/**
 * Jira's workflow editor factory for {@link ReasonRequiredValidator}: its one argument, {@code field}, says which
 * text the transition needs, a "reason" (dropping) or a "comment" (sending back). Both come from the transition's
 * comment inside Jira; the name decides the message.
 */
public class ReasonRequiredValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {
    static final String FIELD = "field";
    static final List<String> FIELDS = List.of("reason", "comment");

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("fields", FIELDS);
        velocityParams.put(FIELD, FIELDS.get(0));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("fields", FIELDS);
        velocityParams.put(FIELD, field(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(FIELD, field(descriptor));
    }

    /** The form's choice, one of {@link #FIELDS} (Jira posts form values as String arrays); "reason" otherwise. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object value = formParams == null ? null : formParams.get(FIELD);
        if (value instanceof String[] values && values.length > 0) {
            value = values[0];
        }
        return Map.of(FIELD, value instanceof String s && FIELDS.contains(s) ? s : FIELDS.get(0));
    }

    private static String field(AbstractDescriptor descriptor) {
        Object value = descriptor instanceof ValidatorDescriptor v ? v.getArgs().get(FIELD) : null;
        return value instanceof String s && FIELDS.contains(s) ? s : FIELDS.get(0);
    }
}
