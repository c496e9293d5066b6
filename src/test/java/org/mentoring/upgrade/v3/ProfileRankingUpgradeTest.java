package org.mentoring.upgrade.v3;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.Test;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.EntityManagerUpgradeStore;


/**
 * Model version 3 fills PROFILE.RANKING on profiles written before it, and a second run changes nothing. On an in-memory
 * HSQLDB, like SchemaUpgradeTest's step tests: on the shared PostgreSQL test database a second schema's PROFILE table
 * confuses Active Objects' schema reader ("Could not find column RANKING in previously parsed query": apparently it reads the columns of the public schema's current table).
 */
public class ProfileRankingUpgradeTest {
    @Test
    public void fillsTheRankingOfEveryProfileFromItsColumnsOnce() throws Exception {
        EntityManager em = Databases.open("jdbc:hsqldb:mem:upgrade-ranking;hsqldb.tx=mvcc", "SA", "", null);
        try {
            em.migrate(ProfileEntityV2.class);
            Map<String, Object> mentor = row("u-mentor");
            mentor.put(ProfileEntityV2.UTC_OFFSET, 60);
            mentor.put(ProfileEntityV2.HOURS, 5);
            mentor.put(ProfileEntityV2.REVERSE, true);
            mentor.put(ProfileEntityV2.LANGS, "|cs|en|");
            mentor.put(ProfileEntityV2.MENTOR_SKILLS, "|3:4|7:2|");
            mentor.put(ProfileEntityV2.TIME_ZONE, "Europe/Prague");
            em.create(ProfileEntityV2.class, mentor);
            em.create(ProfileEntityV2.class, row("u-empty"));

            new ProfileRankingUpgrade().upgrade(new EntityManagerUpgradeStore(em));
            assertEquals("60;5;1;|cs|en|;|3:4|7:2|;Europe/Prague", ranking(em, "u-mentor"));
            assertEquals(";;0;;;", ranking(em, "u-empty"));

            ProfileEntityV3 filled = em.find(ProfileEntityV3.class, Query.select().where("USER_KEY = ?", "u-empty"))[0];
            filled.setRanking("0;;0;;;");
            filled.save();
            new ProfileRankingUpgrade().upgrade(new EntityManagerUpgradeStore(em));
            assertEquals("a filled row is left alone", "0;;0;;;", ranking(em, "u-empty"));
            assertEquals("60;5;1;|cs|en|;|3:4|7:2|;Europe/Prague", ranking(em, "u-mentor"));
        } finally {
            em.getProvider().dispose();
        }
    }

    private static Map<String, Object> row(String userKey) {
        Map<String, Object> values = new HashMap<>();
        values.put(ProfileEntityV2.USER_KEY, userKey);
        values.put(ProfileEntityV2.OFFERS, true);
        values.put(ProfileEntityV2.SEEKS, false);
        values.put(ProfileEntityV2.REVERSE, false);
        values.put(ProfileEntityV2.IN_DIRECTORY, true);
        values.put(ProfileEntityV2.UPDATED_AT, 0L);
        return values;
    }

    private static String ranking(EntityManager em, String userKey) throws Exception {
        return em.find(ProfileEntityV3.class, Query.select().where("USER_KEY = ?", userKey))[0].getRanking();
    }
}
