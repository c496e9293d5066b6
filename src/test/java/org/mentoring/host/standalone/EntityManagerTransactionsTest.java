package org.mentoring.host.standalone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityManager;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.error.ConflictException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.EntityStore;
import org.mentoring.host.StoreException;
import org.mentoring.testing.StoreTestDatabase;

/**
 * The standalone host's (and the tests') transactions run as SAL's TransactionTemplate runs them in the hosts: at the
 * database's default isolation, READ COMMITTED on PostgreSQL and HSQLDB; a lost race is run again with fresh data.
 */
public class EntityManagerTransactionsTest {
    private final EntityManager em = StoreTestDatabase.entityManager();
    private final EntityStore store = new EntityManagerStore(em);
    private final EntityManagerTransactions transactions = new EntityManagerTransactions(em);

    @Before
    public void clean() {
        StoreTestDatabase.clean();
    }

    @Test
    public void transactionsRunAtTheDatabasesDefaultIsolationReadCommitted() throws Exception {
        String inForce = transactions.execute(() -> {
            try {
                Connection c = em.getProvider().getConnection();
                assertEquals("the transaction's connection", false, c.getAutoCommit());
                assertEquals(c.getMetaData().getDefaultTransactionIsolation(), c.getTransactionIsolation());
                return isolationInForce(c);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("read committed", inForce);
    }

    /** What the database itself says, not what the driver remembers being told. */
    private static String isolationInForce(Connection c) throws SQLException {
        String sql = "postgres".equals(StoreTestDatabase.kind()) ? "SHOW transaction_isolation" : "CALL ISOLATION_LEVEL()";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Test
    public void aTransactionSeesWhatOthersCommittedMeanwhileAsAtReadCommitted() throws Exception {
        store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "k", StandaloneSettingEntity.VALUE, "before"));
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        CompletableFuture<String[]> reader = CompletableFuture.supplyAsync(() -> transactions.execute(() -> {
            String first = value("k");
            firstRead.countDown();
            await(otherCommitted);
            return new String[] {first, value("k")};
        }));
        assertTrue(firstRead.await(10, TimeUnit.SECONDS));
        // A write outside the reader's transaction (autocommit), as another request would make it.
        StandaloneSettingEntity row = store.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", "k")[0];
        row.setValue("after");
        row.save();
        otherCommitted.countDown();
        String[] seen = reader.get(10, TimeUnit.SECONDS);
        assertEquals("before", seen[0]);
        // SERIALIZABLE or REPEATABLE READ would still show "before" here.
        assertEquals("after", seen[1]);
    }

    @Test
    public void aTransactionThatLostARaceRunsAgainWithFreshData() {
        store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "taken", StandaloneSettingEntity.VALUE, "winner"));
        AtomicInteger attempts = new AtomicInteger();
        String result = transactions.execute(() -> {
            if (attempts.incrementAndGet() == 1) {
                // The first attempt inserts without looking, as a writer racing the winner would: a real unique-key violation.
                store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "taken", StandaloneSettingEntity.VALUE, "loser"));
                return "loser";
            }
            return value("taken");
        });
        assertEquals(2, attempts.get());
        assertEquals("winner", result);
        assertEquals(1, store.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", "taken").length);
    }

    @Test
    public void aRaceLostEveryTimeEndsInConflictAndRefusalsAreNeverRetried() {
        store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "taken", StandaloneSettingEntity.VALUE, "winner"));
        AtomicInteger attempts = new AtomicInteger();
        try {
            transactions.execute(() -> {
                attempts.incrementAndGet();
                return store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "taken", StandaloneSettingEntity.VALUE, "x"));
            });
            fail("a duplicate key was written");
        } catch (ConflictException expected) {
            assertEquals("mentoring.error.concurrent", expected.problems().get(0).key());
        }
        assertEquals(ConcurrentWrites.ATTEMPTS, attempts.get());

        AtomicInteger refused = new AtomicInteger();
        try {
            transactions.execute(() -> {
                refused.incrementAndGet();
                throw new RuleViolationException(Problem.of(null, "mentoring.error.concurrent"));
            });
        } catch (RuleViolationException expected) {
            assertEquals(1, refused.get());
        }
    }

    @Test
    public void sqlFailuresFromEntityProxiesSurfaceAsStoreExceptions() {
        StandaloneSettingEntity a = store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "a", StandaloneSettingEntity.VALUE, "1"));
        store.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, "b", StandaloneSettingEntity.VALUE, "2"));
        try {
            new EntityManagerTransactions(em).execute(() -> {
                a.setName("x".repeat(300)); // longer than the column: not a race, so not retried
                a.save();
                return null;
            });
            fail("an over-long name was saved");
        } catch (StoreException expected) {
            assertTrue(StoreException.sqlCause(expected) != null);
        }
    }

    private String value(String name) {
        StandaloneSettingEntity[] rows = store.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", name);
        return rows.length == 0 ? null : rows[0].getValue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
