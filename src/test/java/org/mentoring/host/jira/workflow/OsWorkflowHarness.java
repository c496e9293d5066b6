package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.basic.BasicWorkflow;
import com.opensymphony.workflow.config.Configuration;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.spi.WorkflowStore;
import com.opensymphony.workflow.spi.memory.MemoryWorkflowStore;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.mentoring.goal.GoalRules;
import org.mentoring.goal.GoalWorkflow;
import org.xml.sax.InputSource;

/**
 * Runs the shipped goal workflow XML in OSWorkflow 2.7, the engine Jira's workflows derive from, with
 * our condition, validator and function classes. Jira's own system classes do not exist outside Jira:
 * each is mapped, by name, to a stand-in that records that it ran (and nothing else is tolerated).
 */
final class OsWorkflowHarness {
    static final String NAME = "Development Goal";

    /** Every Jira system class the engine asked for, in order. */
    final List<String> systemCalls = Collections.synchronizedList(new ArrayList<>());
    final WorkflowDescriptor descriptor;

    OsWorkflowHarness() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        var root = builder.parse(new InputSource(new StringReader(GoalWorkflow.readDefinitionXml()))).getDocumentElement();
        descriptor = new WorkflowDescriptor(root);
        descriptor.validate();
        MemoryWorkflowStore.reset();
    }

    BasicWorkflow as(String caller) {
        BasicWorkflow workflow = new BasicWorkflow(caller) {
            @Override
            protected Object loadObject(String className) {
                if (GoalRules.JIRA_SYSTEM.contains(className)) {
                    return className.contains(".validator.") ? (Validator) (vars, args, ps) -> systemCalls.add(className)
                            : (FunctionProvider) (vars, args, ps) -> systemCalls.add(className);
                }
                return super.loadObject(className);
            }
        };
        workflow.setConfiguration(new SingleWorkflowConfiguration(descriptor));
        return workflow;
    }

    private static final class SingleWorkflowConfiguration implements Configuration {
        private final WorkflowDescriptor descriptor;
        private final MemoryWorkflowStore store = new MemoryWorkflowStore();

        SingleWorkflowConfiguration(WorkflowDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public boolean isInitialized() {
            return true;
        }

        @Override
        public String getPersistence() {
            return "memory";
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Map getPersistenceArgs() {
            return Map.of();
        }

        @Override
        public WorkflowDescriptor getWorkflow(String name) throws FactoryException {
            if (!NAME.equals(name)) {
                throw new FactoryException("Unknown workflow " + name);
            }
            return descriptor;
        }

        @Override
        public String[] getWorkflowNames() {
            return new String[] {NAME};
        }

        @Override
        public WorkflowStore getWorkflowStore() {
            return store;
        }

        @Override
        public void load(URL url) {
        }

        @Override
        public boolean removeWorkflow(String name) {
            return false;
        }

        @Override
        public boolean saveWorkflow(String name, WorkflowDescriptor d, boolean replace) {
            return false;
        }
    }

    static PropertySet none() {
        return null;
    }
}
