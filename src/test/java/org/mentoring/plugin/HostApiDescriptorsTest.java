package org.mentoring.plugin;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The plugin links against the hosts by erased descriptor (owner, name, parameter and return types): a stub that
 * declares a method on another type, or with another return type, than the real API compiles calls that fail in Jira
 * with NoSuchMethodError (as AssignableWorkflowScheme.Builder#setMapping once did). So every host member the compiled
 * plugin calls, reads or implements, resolved to the stub type that declares it, must be on the recorded list of real
 * descriptors (src/test/resources/host-api/descriptors.txt, each with the evidence it was checked against; see
 * docs/host-assumptions.md), and every recorded entry must still be used.
 */
public class HostApiDescriptorsTest {
    private static final String LIST = "/host-api/descriptors.txt";

    @Test
    public void everyHostMemberThePluginUsesHasTheRealDescriptor() throws Exception {
        Set<String> recorded = recorded();
        TreeMap<String, String> used = used();
        Set<String> unknown = new TreeSet<>();
        used.forEach((member, where) -> {
            if (!recorded.contains(member)) {
                unknown.add(member + "  (used by " + where + ")");
            }
        });
        if (Boolean.getBoolean("hostapi.print")) {
            used.keySet().forEach(System.out::println);
        }
        assertTrue("host members used with a descriptor not on the recorded list of real ones:\n  "
                + String.join("\n  ", unknown), unknown.isEmpty());
        Set<String> stale = new TreeSet<>(recorded);
        stale.removeAll(used.keySet());
        assertTrue("recorded descriptors the plugin no longer uses (remove them): " + stale, stale.isEmpty());
    }

    /** Resolution the way the JVM links: from the referenced type up through its superclasses and interfaces. */
    @Test
    public void aBuilderMethodDeclaredOnTheGenericBuilderResolvesThere() throws Exception {
        String resolved = resolveMethod("com/atlassian/jira/workflow/AssignableWorkflowScheme$Builder", "setMapping",
                "(Ljava/lang/String;Ljava/lang/String;)Lcom/atlassian/jira/workflow/WorkflowScheme$Builder;");
        assertTrue(resolved, resolved.equals(
                "com.atlassian.jira.workflow.WorkflowScheme$Builder#setMapping(Ljava/lang/String;Ljava/lang/String;)Lcom/atlassian/jira/workflow/WorkflowScheme$Builder;"));
    }

    static Set<String> recorded() throws IOException {
        try (InputStream in = HostApiDescriptorsTest.class.getResourceAsStream(LIST)) {
            Set<String> members = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> members.add(l.split("\\s+")[0]));
            return members;
        }
    }

    /** Host member (resolved) to the first of our classes that uses it. */
    static TreeMap<String, String> used() throws Exception {
        Path classes = Path.of(HostApiDescriptorsTest.class.getResource("/atlassian-plugin.xml").toURI()).getParent();
        TreeMap<String, String> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/mentoring"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassReader reader = new ClassReader(Files.readAllBytes(file));
                String self = reader.getClassName();
                reader.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                        if (!name.startsWith("<") && (access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC)) == 0) {
                            String implemented = implementedHostMethod(self, name, descriptor);
                            if (implemented != null) {
                                used.putIfAbsent(implemented, self);
                            }
                        }
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                                if (isHost(owner)) {
                                    String resolved = resolveMethod(owner, method, desc);
                                    if (!resolved.startsWith("java.")) {
                                        used.putIfAbsent(resolved, self);
                                    }
                                }
                            }

                            @Override
                            public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                                if (isHost(owner)) {
                                    used.putIfAbsent(resolveField(owner, field, desc), self);
                                }
                            }
                        };
                    }

                    @Override
                    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                        return null;
                    }
                }, ClassReader.SKIP_FRAMES);
            }
        }
        return used;
    }

    private static boolean isHost(String owner) {
        return owner.startsWith("com/atlassian/") || owner.startsWith("org/ofbiz/");
    }

    static String resolveMethod(String owner, String name, String descriptor) {
        Class<?> start = load(owner);
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            for (Executable e : "<init>".equals(name) ? type.getDeclaredConstructors() : type.getDeclaredMethods()) {
                if (("<init>".equals(name) || e.getName().equals(name)) && descriptor(e).equals(descriptor)) {
                    return type.getName() + "#" + name + descriptor;
                }
            }
            if ("<init>".equals(name)) {
                break;
            }
            if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
                todo.add(type.getSuperclass());
            }
            todo.addAll(java.util.Arrays.asList(type.getInterfaces()));
        }
        if (start.isInterface() || "<init>".equals(name)) {
            // Object's methods called on an interface type (equals, hashCode) are not the host's.
            for (Method m : Object.class.getMethods()) {
                if (m.getName().equals(name) && descriptor(m).equals(descriptor)) {
                    return "java.lang.Object#" + name + descriptor;
                }
            }
        }
        return "UNRESOLVED " + owner.replace('/', '.') + "#" + name + descriptor;
    }

    static String resolveField(String owner, String name, String descriptor) {
        for (Class<?> type = load(owner); type != null; type = type.getSuperclass()) {
            for (Field f : type.getDeclaredFields()) {
                if (f.getName().equals(name) && Type.getDescriptor(f.getType()).equals(descriptor)) {
                    return type.getName() + "." + name + ":" + descriptor;
                }
            }
        }
        return "UNRESOLVED " + owner.replace('/', '.') + "." + name + ":" + descriptor;
    }

    /** The host type's method our class overrides or implements, if any (the host calls it by this descriptor). */
    static String implementedHostMethod(String self, String name, String descriptor) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Class<?> ours = load(self);
        if (ours.getSuperclass() != null) {
            todo.add(ours.getSuperclass());
        }
        todo.addAll(java.util.Arrays.asList(ours.getInterfaces()));
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (type.getName().startsWith("com.atlassian.")) {
                for (Method m : type.getDeclaredMethods()) {
                    if (m.getName().equals(name) && descriptor(m).equals(descriptor) && !Modifier.isStatic(m.getModifiers())) {
                        return type.getName() + "#" + name + descriptor;
                    }
                }
            }
            if (type.getSuperclass() != null) {
                todo.add(type.getSuperclass());
            }
            todo.addAll(java.util.Arrays.asList(type.getInterfaces()));
        }
        return null;
    }

    private static String descriptor(Executable e) {
        return e instanceof Method m ? Type.getMethodDescriptor(m) : Type.getConstructorDescriptor((Constructor<?>) e);
    }

    private static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, HostApiDescriptorsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no stub for " + internalName, e);
        }
    }
}
