package org.mentoring.upgrade.v3;

import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.mentoring.people.ProfileEntity;
import org.mentoring.people.RankingColumn;
import org.mentoring.upgrade.SchemaUpgrade;
import org.mentoring.upgrade.UpgradeStore;

/**
 * Model version 3: profiles keep what the directory ranks by in one column, {@code PROFILE.RANKING}
 * ({@link RankingColumn}), filled here from the columns it copies on every existing row, page by page. A second run
 * changes nothing (rows already filled are left alone).
 */
public final class ProfileRankingUpgrade implements SchemaUpgrade {
    static final int PAGE = 500;

    @Override
    public int modelVersion() {
        return 3;
    }

    @Override
    public void upgrade(UpgradeStore store) {
        store.migrate(ProfileEntityV3.class);
        store.forEachPage(ProfileEntityV3.class, PAGE, page -> {
            for (ProfileEntityV3 p : page) {
                if (p.getRanking() == null) {
                    p.setRanking(RankingColumn.write(p.getUtcOffset(), p.getHours(), p.getReverse(), p.getLangs(),
                            p.getMentorSkills(), p.getTimeZone()));
                    p.save();
                }
            }
        });
    }

    @Override
    public Map<Class<? extends RawEntity<?>>, Class<? extends RawEntity<?>>> replaces() {
        return Map.of(ProfileEntity.class, ProfileEntityV2.class);
    }

    @Override
    public List<Class<? extends RawEntity<?>>> introduces() {
        return List.of();
    }

    @Override
    public String toString() {
        return "PROFILE.RANKING (model version 3)";
    }
}
