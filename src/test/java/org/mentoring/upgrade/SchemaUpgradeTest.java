package org.mentoring.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.Assume;
import org.junit.Test;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.ao.SampleUpgradeTask;
import org.mentoring.host.ao.SchemaUpgradeTask;
import org.mentoring.host.standalone.EntityManagerUpgradeStore;
import org.mentoring.host.standalone.SchemaMigration;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.paging.PageRequest;
import org.mentoring.privacy.AppTablesAccess;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.testing.StoreTestDatabase;
import org.mentoring.upgrade.sample.NoteEntity;
import org.mentoring.upgrade.sample.NoteLengthUpgrade;
import org.mentoring.upgrade.sample.v1.NoteEntityV1;
import org.w3c.dom.NodeList;

/**
 * Upgrading keeps every row: a database written by the previous release (the baseline, schema and data as HSQLDB
 * wrote them) is opened by the current app — the same migration and upgrade steps the hosts run — and every table
 * keeps its rows, readable through the app. On PostgreSQL ({@code -Ppostgres}) the baseline's rows are copied into the
 * 1.0.0 schema as Active Objects makes it there (the current entities with each step's frozen copies) and opened the
 * same way. Steps run in Jira and Confluence through {@code host.ao}'s upgrade tasks, checked here against
 * atlassian-plugin.xml.
 *
 * <p>Regenerate the baseline (after a release, once every branch is merged) with
 * {@code mvn -o test -Dtest=SchemaUpgradeTest#writeBaseline -Dmentoring.baseline.write=true}: it writes
 * {@code src/test/resources/schema-baseline/1.0.0.script} from the demo data. Commit it with the release. A later
 * release's baseline gets its own file and {@link #BASELINE_MODEL_VERSION} (the steps before it are then what the
 * current entities already describe).
 */
public class SchemaUpgradeTest {
    static final String BASELINE = "/schema-baseline/1.0.0.script";
    /** The model version {@link #BASELINE} was recorded at: change both together when a newer release's is recorded. */
    static final int BASELINE_MODEL_VERSION = SchemaUpgrades.BASELINE;

    @Test
    public void theStepsAreInOrderAndDeclared() {
        int last = SchemaUpgrades.BASELINE;
        for (SchemaUpgrade step : SchemaUpgrades.ALL) {
            assertTrue("model versions increase", step.modelVersion() > last);
            last = step.modelVersion();
        }
        assertEquals(last, SchemaUpgrades.current());
    }

    @Test
    public void theBaselineUpgradesWithoutLosingARow() throws Exception {
        EntityManager em = openBaseline();
        Map<String, Integer> before = AppTablesAccess.rowCounts(em);
        assertTrue("the baseline holds data: " + before, before.values().stream().mapToInt(Integer::intValue).sum() > 20);
        assertOpensWithEveryRow(em, before);
    }

    /** The baseline's rows in the 1.0.0 schema as Active Objects makes it on the test database (PostgreSQL with -Ppostgres). */
    @Test
    public void theBaselineUpgradesWithoutLosingARowOnTheTestDatabase() throws Exception {
        EntityManager baseline = openBaseline();
        Map<String, Integer> before = AppTablesAccess.rowCounts(baseline);
        EntityManager em = StoreTestDatabase.separateDatabase("upgrade");
        try {
            em.migrate(entitiesAtBaseline().toArray(new Class[0]));
            BaselineCopy.copyRows(baseline, em);
            Map<String, Integer> copied = new java.util.TreeMap<>(AppTablesAccess.rowCounts(em));
            copied.keySet().retainAll(before.keySet()); // the standalone host's tables added since hold nothing to copy
            assertEquals("the copy holds every baseline row", new java.util.TreeMap<>(before), copied);
            assertOpensWithEveryRow(em, before);
        } finally {
            em.getProvider().dispose();
        }
    }

    /** A forgotten frozen copy (or a step that does not name the tables it adds) makes another 1.0.0 schema: caught here. */
    @Test
    public void theCurrentEntitiesWithTheStepsUndoneMakeExactlyTheBaselineTables() throws Exception {
        Map<String, Set<String>> recorded = BaselineCopy.tablesAndColumns(openBaseline());
        EntityManager rebuilt = Databases.open("jdbc:hsqldb:mem:rebuilt-baseline;hsqldb.tx=mvcc", "SA", "", null);
        rebuilt.migrate(entitiesAtBaseline().toArray(new Class[0]));
        assertEquals(pluginTables(recorded), pluginTables(BaselineCopy.tablesAndColumns(rebuilt)));
    }

    /** The check above can fail: an entity added without a step (here the test's note table) is not the 1.0.0 schema. */
    @Test
    public void anEntityAddedWithoutAStepDoesNotMakeTheBaselineTables() throws Exception {
        Map<String, Set<String>> recorded = BaselineCopy.tablesAndColumns(openBaseline());
        List<Class<? extends RawEntity<?>>> withoutAStep = new ArrayList<>(entitiesAtBaseline());
        withoutAStep.add(NoteEntity.class);
        EntityManager rebuilt = Databases.open("jdbc:hsqldb:mem:rebuilt-wrongly;hsqldb.tx=mvcc", "SA", "", null);
        rebuilt.migrate(withoutAStep.toArray(new Class[0]));
        assertNotEquals(pluginTables(recorded), pluginTables(BaselineCopy.tablesAndColumns(rebuilt)));
    }

    @Test
    public void undoingAStepPutsBackItsFrozenCopiesAndLeavesOutItsNewTables() {
        List<Class<? extends RawEntity<?>>> current = List.of(NoteEntity.class, SkillLike.class);
        List<SchemaUpgrade> steps = List.of(new NoteLengthUpgrade(2), SchemaUpgrades.newTables(3, SkillLike.class));
        assertEquals(List.of(NoteEntityV1.class), SchemaUpgrades.entitiesAt(SchemaUpgrades.BASELINE, steps, current));
        assertEquals(List.of(NoteEntity.class), SchemaUpgrades.entitiesAt(2, steps, current));
        assertEquals(current, SchemaUpgrades.entitiesAt(3, steps, current));
    }

    /** Test-only: a table a later step adds. */
    @net.java.ao.schema.Table("UPG_LIKE")
    public interface SkillLike extends net.java.ao.Entity {
        String getName();

        void setName(String name);
    }

    @Test
    public void aStepAddsAColumnAndFillsItOnEveryRowPageByPage() throws Exception {
        EntityManager em = Databases.open("jdbc:hsqldb:mem:step-pages;hsqldb.tx=mvcc", "SA", "", null);
        Map<Integer, String> written = seedNotes(em);
        NoteLengthUpgrade step = new NoteLengthUpgrade(2);
        step.upgrade(new EntityManagerUpgradeStore(em));
        assertNotesFilled(em, written);
    }

    /** The same step through the adapter Jira and Confluence run (their ActiveObjects mocked onto a real EntityManager). */
    @Test
    public void theHostsRunTheSameStepThroughTheirActiveObjects() throws Exception {
        EntityManager em = Databases.open("jdbc:hsqldb:mem:step-ao;hsqldb.tx=mvcc", "SA", "", null);
        Map<Integer, String> written = seedNotes(em);
        com.atlassian.activeobjects.external.ActiveObjects ao = org.mockito.Mockito.mock(
                com.atlassian.activeobjects.external.ActiveObjects.class, invocation -> {
                    java.lang.reflect.Method m = EntityManager.class.getMethod(invocation.getMethod().getName(),
                            invocation.getMethod().getParameterTypes());
                    return m.invoke(em, invocation.getRawArguments());
                });
        new SampleUpgradeTask().upgrade(null, ao);
        assertNotesFilled(em, written);
    }

    private static Map<Integer, String> seedNotes(EntityManager em) throws Exception {
        em.migrate(NoteEntityV1.class);
        Map<Integer, String> written = new java.util.TreeMap<>();
        for (int i = 0; i < NoteLengthUpgrade.PAGE * 2 + 7; i++) {
            String text = i % 10 == 0 ? null : "note " + "x".repeat(i);
            written.put(em.create(NoteEntityV1.class, java.util.Collections.singletonMap("TEXT", text)).getID(), text);
        }
        return written;
    }

    private static void assertNotesFilled(EntityManager em, Map<Integer, String> written) throws Exception {
        NoteEntity[] notes = em.find(NoteEntity.class, net.java.ao.Query.select().order("ID"));
        assertEquals("no row lost or added", written.size(), notes.length);
        for (NoteEntity note : notes) {
            assertTrue("row " + note.getID() + " was there before", written.containsKey(note.getID()));
            String text = written.get(note.getID());
            assertEquals("row " + note.getID() + " keeps its text", text, note.getText());
            assertEquals("row " + note.getID() + " filled", Integer.valueOf(text == null ? 0 : text.length()), note.getTextLength());
        }
    }

    @Test
    public void everyStepIsDeclaredAsAnUpgradeTaskAndEveryUpgradeTaskIsAStep() throws Exception {
        assertEquals(List.of(), mismatches(SchemaUpgrades.ALL, declaredUpgradeTasks()));
    }

    @Test
    public void aStepWithoutItsUpgradeTaskOrATaskWithoutItsStepIsFound() {
        List<String> stepWithoutTask = mismatches(List.of(SampleUpgradeTask.STEP), List.of());
        assertEquals(stepWithoutTask.toString(), 1, stepWithoutTask.size());
        List<String> taskWithoutStep = mismatches(List.of(), List.of(SampleUpgradeTask.class.getName()));
        assertEquals(taskWithoutStep.toString(), 1, taskWithoutStep.size());
        assertEquals(List.of(), mismatches(List.of(SampleUpgradeTask.STEP), List.of(SampleUpgradeTask.class.getName())));
        List<String> notATask = mismatches(List.of(), List.of(String.class.getName()));
        assertNotEquals(List.of(), notATask);
    }

    /**
     * What is wrong between the steps and the declared {@code <upgradeTask>} classes. Active Objects builds each declared
     * class through the plugin's container (Platform 8: {@code ContainerAccessor.createBean}); ours need nothing
     * injected, so a public no-argument constructor is what is checked here.
     */
    static List<String> mismatches(List<SchemaUpgrade> steps, List<String> declared) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> tasks = new java.util.TreeMap<>();
        for (String name : declared) {
            try {
                Object task = Class.forName(name).getConstructor().newInstance();
                if (!(task instanceof SchemaUpgradeTask upgradeTask)) {
                    problems.add(name + " is not a " + SchemaUpgradeTask.class.getSimpleName());
                } else if (tasks.put(upgradeTask.modelVersion(), name) != null) {
                    problems.add("two upgrade tasks for model version " + upgradeTask.modelVersion());
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                problems.add(name + " cannot be built with a public no-argument constructor: " + e);
            }
        }
        for (SchemaUpgrade step : steps) {
            if (tasks.remove(step.modelVersion()) == null) {
                problems.add("no <upgradeTask> in atlassian-plugin.xml runs " + step + " (model version " + step.modelVersion() + ")");
            }
        }
        tasks.forEach((version, name) -> problems.add(name + " runs model version " + version + ", not in SchemaUpgrades.ALL"));
        return problems;
    }

    private static List<String> declaredUpgradeTasks() throws Exception {
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("upgradeTask");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                names.add(nodes.item(i).getTextContent().strip());
            }
            return names;
        }
    }

    private static Map<String, Integer> withoutModelVersion(EntityManager em, Map<String, Integer> counts) throws Exception {
        Map<String, Integer> data = new java.util.TreeMap<>(counts);
        int modelVersionRows = countModelVersion(em);
        data.computeIfPresent("SA_SETTING", (table, rows) -> rows - modelVersionRows);
        return data;
    }

    private static int countModelVersion(EntityManager em) throws Exception {
        return em.count(org.mentoring.host.standalone.StandaloneSettingEntity.class, net.java.ao.Query.select()
                .where(org.mentoring.host.standalone.StandaloneSettingEntity.NAME + " = ?", SchemaMigration.MODEL_VERSION));
    }

    /**
     * The plugin's entities at the baseline, and the standalone host's own tables as they are now: those ({@code SA_*})
     * are not the plugin's schema (Jira and Confluence never hold them, no upgrade task runs for them; the standalone
     * host adds them as they come), so the comparison with the baseline leaves them out.
     */
    private static List<Class<? extends RawEntity<?>>> entitiesAtBaseline() {
        List<Class<? extends RawEntity<?>>> plugin = List.of(org.mentoring.host.standalone.DeclaredEntities.fromDescriptor());
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SchemaUpgrades.entitiesAt(BASELINE_MODEL_VERSION,
                SchemaUpgrades.ALL, plugin));
        StandaloneApp.entities().stream().filter(e -> !plugin.contains(e)).forEach(entities::add);
        return entities;
    }

    private static Map<String, Set<String>> pluginTables(Map<String, Set<String>> tables) {
        Map<String, Set<String>> plugin = new java.util.TreeMap<>(tables);
        plugin.keySet().removeIf(table -> table.startsWith("SA_"));
        return plugin;
    }

    private static EntityManager openBaseline() throws Exception {
        Path dir = Files.createTempDirectory("mentoring-baseline");
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream(BASELINE)) {
            Assume.assumeTrue("no baseline committed yet", in != null);
            Files.copy(in, dir.resolve("db.script"));
        }
        return Databases.open("jdbc:hsqldb:file:" + dir.resolve("db") + ";hsqldb.tx=mvcc", "SA", "", null);
    }

    /**
     * Opens the database with the current app (the upgrade steps, then the current entities) and checks every table
     * kept its rows. The settings table's model-version row (written once a step runs, as Active Objects records the
     * version in the hosts) is not data: it is left out of the comparison.
     */
    private static void assertOpensWithEveryRow(EntityManager em, Map<String, Integer> before) throws Exception {
        Map<String, Integer> expected = withoutModelVersion(em, before);
        StandaloneApp app = StandaloneApp.create(em, DemoUsers.directory(), Clock.systemUTC());
        Map<String, Integer> after = withoutModelVersion(em, AppTablesAccess.rowCounts(em));
        for (Map.Entry<String, Integer> table : expected.entrySet()) {
            assertEquals("rows of " + table.getKey(), table.getValue(), after.get(table.getKey()));
        }
        assertTrue("the app reads the old data", app.graph.relationships().listMine("u-mara", RelationshipFilter.all(),
                PageRequest.first(10)).total() > 0);
    }

    /** Writes the baseline from the demo data; only with -Dmentoring.baseline.write=true. */
    @Test
    public void writeBaseline() throws Exception {
        Assume.assumeTrue(Boolean.getBoolean("mentoring.baseline.write"));
        EntityManager em = Databases.open("jdbc:hsqldb:mem:baseline;hsqldb.tx=mvcc", "SA", "", null);
        StandaloneApp app = StandaloneApp.create(em, DemoUsers.directory(), Clock.systemUTC());
        DemoData.seedOnce(app);
        Path target = Path.of("src/test/resources" + BASELINE).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
            s.execute("SCRIPT '" + target + "'");
        }
    }
}
