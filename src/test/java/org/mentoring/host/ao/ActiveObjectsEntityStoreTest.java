package org.mentoring.host.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Test;
import org.mentoring.host.StoreException;
import org.mentoring.relationship.RelationshipEntity;

public class ActiveObjectsEntityStoreTest {
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final ActiveObjectsEntityStore store = new ActiveObjectsEntityStore(ao);

    @Test
    public void delegatesEachOperation() {
        RelationshipEntity row = mock(RelationshipEntity.class);
        RelationshipEntity[] rows = {row};
        Query query = Query.select();
        when(ao.create(eq(RelationshipEntity.class), anyMap())).thenReturn(row);
        when(ao.find(RelationshipEntity.class, query)).thenReturn(rows);
        when(ao.find(RelationshipEntity.class, "ID = ?", 1)).thenReturn(rows);
        when(ao.count(RelationshipEntity.class, query)).thenReturn(7);
        when(ao.deleteWithSQL(RelationshipEntity.class, "ID = ?", 1)).thenReturn(1);

        assertSame(row, store.create(RelationshipEntity.class, Map.of("STATUS", "ACTIVE")));
        assertSame(rows, store.find(RelationshipEntity.class, query));
        assertSame(rows, store.find(RelationshipEntity.class, "ID = ?", 1));
        assertEquals(7, store.count(RelationshipEntity.class, query));
        assertEquals(1, store.deleteWithSQL(RelationshipEntity.class, "ID = ?", 1));
        store.delete(row);
        verify(ao).delete(row);
    }

    @Test
    public void aUniqueViolationBecomesAConcurrentWriteConflict() {
        when(ao.create(eq(RelationshipEntity.class), anyMap())).thenThrow(
                new RuntimeException("AO wrapper", new SQLException("duplicate key", "23505")));
        StoreException e = assertThrows(StoreException.class, () -> store.create(RelationshipEntity.class, Map.of()));
        assertTrue(StoreException.isConcurrentWriteConflict(e));
    }

    @Test
    public void otherDatabaseFailuresAreNotConflicts() {
        when(ao.find(eq(RelationshipEntity.class), any(Query.class))).thenThrow(
                new RuntimeException("AO wrapper", new SQLException("syntax", "42000")));
        StoreException e = assertThrows(StoreException.class, () -> store.find(RelationshipEntity.class, Query.select()));
        assertFalse(StoreException.isConcurrentWriteConflict(e));
    }

    @Test
    public void classifiesSqlStates() {
        assertTrue(StoreException.isConcurrentWriteConflict(new SQLException("x", "23000")));
        assertTrue(StoreException.isConcurrentWriteConflict(new SQLException("x", "40001")));
        assertTrue(StoreException.isConcurrentWriteConflict(new SQLException("x", "40P01")));
        SQLException chained = new SQLException("batch", "HY000");
        chained.setNextException(new SQLException("dup", "23505"));
        assertTrue(StoreException.isConcurrentWriteConflict(new RuntimeException(chained)));
        assertFalse(StoreException.isConcurrentWriteConflict(new SQLException("x", "08006")));
        assertTrue(StoreException.isUnavailable(new SQLException("x", "08006")));
        assertFalse("a NOT NULL violation is a bug, not a race", StoreException.isConcurrentWriteConflict(new SQLException("x", "23502")));
        assertFalse(StoreException.isConcurrentWriteConflict(new SQLException("x")));
        assertFalse(StoreException.isConcurrentWriteConflict(new IllegalStateException("no SQL here")));
    }
}
