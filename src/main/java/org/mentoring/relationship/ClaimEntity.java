package org.mentoring.relationship;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A unique claim held by a relationship, enforced by the database so that racing writers on any node
 * cannot both win: {@code PAIR} (one live relationship per pair of people) and {@code SLOT} (one of a
 * mentor's capacity slots while the relationship is active). Stored in data: never rename or move.
 */
@Table("REL_CLAIM")
public interface ClaimEntity extends Entity {
    String CLAIM_KEY = "CLAIM_KEY";
    String KIND = "KIND";
    String OWNER_KEY = "OWNER_KEY";
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";

    @NotNull
    @Unique
    String getClaimKey();

    void setClaimKey(String key);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** The mentor for SLOT claims; null for PAIR claims. */
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String key);

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);
}
