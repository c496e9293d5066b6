package org.mentoring.upgrade.sample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.RawEntity;
import org.mentoring.upgrade.SchemaUpgrade;
import org.mentoring.upgrade.UpgradeStore;
import org.mentoring.upgrade.sample.v1.NoteEntityV1;

/**
 * Test-only step, written as a real one would be: adds a column to a released table and fills it from the old one, page
 * by page. It reads and writes through a frozen copy of the new shape (here {@link NoteEntity} stands for it).
 */
public final class NoteLengthUpgrade implements SchemaUpgrade {
    public static final int PAGE = 40;
    private final int modelVersion;
    /** How many times the step ran (the cluster test counts them). */
    public final AtomicInteger runs = new AtomicInteger();

    public NoteLengthUpgrade(int modelVersion) {
        this.modelVersion = modelVersion;
    }

    @Override
    public int modelVersion() {
        return modelVersion;
    }

    @Override
    public void upgrade(UpgradeStore store) {
        runs.incrementAndGet();
        store.migrate(NoteEntity.class);
        store.forEachPage(NoteEntity.class, PAGE, page -> {
            for (NoteEntity note : page) {
                if (note.getTextLength() == null) {
                    note.setTextLength(note.getText() == null ? 0 : note.getText().length());
                    note.save();
                }
            }
        });
    }

    @Override
    public Map<Class<? extends RawEntity<?>>, Class<? extends RawEntity<?>>> replaces() {
        return Map.of(NoteEntity.class, NoteEntityV1.class);
    }

    @Override
    public List<Class<? extends RawEntity<?>>> introduces() {
        return List.of();
    }
}
