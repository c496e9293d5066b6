package org.mentoring.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import net.java.ao.EntityManager;
import org.junit.Assume;
import org.junit.Test;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.paging.PageRequest;
import org.mentoring.privacy.AppTablesAccess;
import org.mentoring.relationship.RelationshipFilter;

/**
 * Upgrading keeps every row: a database written by the previous release (the baseline, schema and data as HSQLDB
 * wrote them) is opened by the current app — the same migration and upgrade steps the hosts run — and every table
 * keeps its rows, readable through the app.
 *
 * <p>Regenerate the baseline (after a release, once every branch is merged) with
 * {@code mvn -o test -Dtest=SchemaUpgradeTest#writeBaseline -Dmentoring.baseline.write=true}: it writes
 * {@code src/test/resources/schema-baseline/1.0.0.script} from the demo data. Commit it with the release.
 */
public class SchemaUpgradeTest {
    static final String BASELINE = "/schema-baseline/1.0.0.script";

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
        Path dir = Files.createTempDirectory("mentoring-baseline");
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream(BASELINE)) {
            Assume.assumeTrue("no baseline committed yet", in != null);
            Files.copy(in, dir.resolve("db.script"));
        }
        EntityManager em = Databases.open("jdbc:hsqldb:file:" + dir.resolve("db") + ";hsqldb.tx=mvcc", "SA", "", null);
        Map<String, Integer> before = AppTablesAccess.rowCounts(em);
        assertTrue("the baseline holds data: " + before, before.values().stream().mapToInt(Integer::intValue).sum() > 20);
        StandaloneApp app = StandaloneApp.create(em, DemoUsers.directory(), Clock.systemUTC());
        Map<String, Integer> after = AppTablesAccess.rowCounts(em);
        for (Map.Entry<String, Integer> table : before.entrySet()) {
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
