package org.mentoring.host.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What Jira's workflow editor gets from the app's factories. */
public class WorkflowFactoriesTest {
    @SuppressWarnings("unchecked")
    private static ValidatorDescriptor validator(String field) {
        ValidatorDescriptor d = new ValidatorDescriptor();
        if (field != null) {
            d.getArgs().put("field", field);
        }
        return d;
    }

    @Test
    public void theReasonValidatorShowsAndEditsWhichTextItRequires() {
        ReasonRequiredValidatorFactory factory = new ReasonRequiredValidatorFactory();
        Map<String, Object> view = new HashMap<>();
        factory.getVelocityParamsForView(view, validator("comment"));
        assertEquals(Map.of("field", "comment"), view);

        Map<String, Object> edit = new HashMap<>();
        factory.getVelocityParamsForEdit(edit, validator("reason"));
        assertEquals(Map.of("field", "reason", "fields", List.of("reason", "comment")), edit);

        Map<String, Object> input = new HashMap<>();
        factory.getVelocityParamsForInput(input);
        assertEquals("reason", input.get("field"));

        Map<String, Object> unknown = new HashMap<>();
        factory.getVelocityParamsForView(unknown, validator("password"));
        assertEquals("an argument the validator does not know shows as the default", "reason", unknown.get("field"));
    }

    @Test
    public void theReasonValidatorStoresOnlyAFieldItKnows() {
        ReasonRequiredValidatorFactory factory = new ReasonRequiredValidatorFactory();
        assertEquals(Map.of("field", "comment"), factory.getDescriptorParams(Map.of("field", new String[] {"comment"})));
        assertEquals(Map.of("field", "reason"), factory.getDescriptorParams(Map.of("field", new String[] {"<script>"})));
        assertEquals(Map.of("field", "reason"), factory.getDescriptorParams(Map.of()));
    }

    @Test
    public void theOtherModulesTakeNoArguments() {
        Map<String, Object> params = new HashMap<>();
        new NoInputConditionFactory().getVelocityParamsForView(params, validator(null));
        new NoInputValidatorFactory().getVelocityParamsForInput(params);
        assertTrue(params.isEmpty());
        assertEquals(Map.of(), new NoInputConditionFactory().getDescriptorParams(Map.of("x", new String[] {"y"})));
        assertEquals(Map.of(), new NoInputValidatorFactory().getDescriptorParams(Map.of("x", new String[] {"y"})));
    }
}
