package org.mentoring.goal;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The goal workflow as defined, once, in {@code workflow/development-goal-workflow.xml}: the file Jira
 * imports. Read here with a plain DOM parser so the app's own goal tracker (Confluence, standalone)
 * follows exactly the transitions, conditions, validators and post-functions Jira runs.
 */
public final class GoalWorkflow {
    public static final String RESOURCE = "/workflow/development-goal-workflow.xml";
    public static final int CREATE_ACTION = 1;

    /** A condition, validator or function: the class Jira instantiates and its arguments. */
    public record Rule(String className, Map<String, String> args) {
        public Rule {
            args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }
    }

    public record Action(int id, String name, int targetStep, List<Rule> conditions, List<Rule> validators,
                         List<Rule> functions) {
        public Action {
            conditions = List.copyOf(conditions);
            validators = List.copyOf(validators);
            functions = List.copyOf(functions);
        }
    }

    public record Step(int id, String name, GoalStatus status, List<Integer> actionIds) {
        public Step {
            actionIds = List.copyOf(actionIds);
        }
    }

    private static final GoalWorkflow DEFINITION = load();

    private final Action create;
    private final Map<Integer, Action> actions;
    private final Map<Integer, Step> steps;
    private final Map<GoalStatus, Step> stepByStatus;

    private GoalWorkflow(Action create, Map<Integer, Action> actions, Map<Integer, Step> steps) {
        this.create = create;
        this.actions = Collections.unmodifiableMap(actions);
        this.steps = Collections.unmodifiableMap(steps);
        Map<GoalStatus, Step> byStatus = new EnumMap<>(GoalStatus.class);
        steps.values().forEach(s -> byStatus.put(s.status(), s));
        this.stepByStatus = Collections.unmodifiableMap(byStatus);
    }

    /** The shipped definition (parsed once: it is a read-only classpath resource). */
    public static GoalWorkflow definition() {
        return DEFINITION;
    }

    public Action create() {
        return create;
    }

    public Map<Integer, Step> steps() {
        return steps;
    }

    public Map<Integer, Action> actions() {
        return actions;
    }

    public Step step(GoalStatus status) {
        return stepByStatus.get(status);
    }

    public GoalStatus statusOfStep(int stepId) {
        return steps.get(stepId).status();
    }

    /** The transitions leaving {@code status}, in the order the definition lists them. */
    public List<Action> actionsFrom(GoalStatus status) {
        return step(status).actionIds().stream().map(actions::get).toList();
    }

    public Optional<Action> action(int id) {
        return Optional.ofNullable(actions.get(id));
    }

    public static String readDefinitionXml() {
        try (InputStream in = GoalWorkflow.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    private static GoalWorkflow load() {
        return parse(readDefinitionXml());
    }

    /** Parses workflow XML without fetching its DTD (the opensymphony.com address is long gone). */
    static GoalWorkflow parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setValidating(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            Document doc = builder.parse(new InputSource(new StringReader(xml)));
            Element root = doc.getDocumentElement();

            Map<Integer, Action> actions = new LinkedHashMap<>();
            for (Element a : children(child(root, "common-actions"), "action")) {
                actions.put(Integer.parseInt(a.getAttribute("id")), action(a));
            }
            Action create = action(children(child(root, "initial-actions"), "action").get(0));
            Map<Integer, Step> steps = new LinkedHashMap<>();
            for (Element s : children(child(root, "steps"), "step")) {
                List<Integer> ids = new ArrayList<>();
                Element stepActions = child(s, "actions");
                if (stepActions != null) {
                    for (Element ref : children(stepActions, "common-action")) {
                        ids.add(Integer.parseInt(ref.getAttribute("id")));
                    }
                    for (Element a : children(stepActions, "action")) {
                        Action parsed = action(a);
                        actions.put(parsed.id(), parsed);
                        ids.add(parsed.id());
                    }
                }
                int id = Integer.parseInt(s.getAttribute("id"));
                steps.put(id, new Step(id, s.getAttribute("name"), GoalStatus.valueOf(meta(s, "mentoring.status")), ids));
            }
            return new GoalWorkflow(create, actions, steps);
        } catch (Exception e) {
            throw new IllegalStateException("The goal workflow definition cannot be read: " + e.getMessage(), e);
        }
    }

    private static Action action(Element a) {
        Element result = child(child(a, "results"), "unconditional-result");
        List<Rule> conditions = new ArrayList<>();
        Element restrict = child(a, "restrict-to");
        if (restrict != null) {
            for (Element c : descendants(restrict, "condition")) {
                conditions.add(rule(c));
            }
        }
        List<Rule> validators = new ArrayList<>();
        Element vs = child(a, "validators");
        if (vs != null) {
            for (Element v : children(vs, "validator")) {
                validators.add(rule(v));
            }
        }
        List<Rule> functions = new ArrayList<>();
        Element fs = child(result, "post-functions");
        if (fs != null) {
            for (Element f : children(fs, "function")) {
                functions.add(rule(f));
            }
        }
        return new Action(Integer.parseInt(a.getAttribute("id")), a.getAttribute("name"),
                Integer.parseInt(result.getAttribute("step")), conditions, validators, functions);
    }

    private static Rule rule(Element e) {
        Map<String, String> args = new LinkedHashMap<>();
        for (Element arg : children(e, "arg")) {
            args.put(arg.getAttribute("name"), arg.getTextContent().strip());
        }
        String className = args.remove("class.name");
        args.remove("full.module.key");
        return new Rule(className, args);
    }

    private static String meta(Element e, String name) {
        for (Element m : children(e, "meta")) {
            if (name.equals(m.getAttribute("name"))) {
                return m.getTextContent().strip();
            }
        }
        throw new IllegalStateException("step " + e.getAttribute("id") + " has no meta " + name);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && name.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
