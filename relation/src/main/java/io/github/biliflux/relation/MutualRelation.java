package io.github.biliflux.relation;

import java.util.Objects;

/**
 * Both directions of a relation (R10): the logged-in user's relation to the other user, and the
 * other user's relation to the logged-in user.
 *
 * @param relation   the logged-in user towards the other ({@code relation}; its mid is the other's)
 * @param beRelation the other towards the logged-in user ({@code be_relation}; its mid is one's own)
 */
public record MutualRelation(Relation relation, Relation beRelation) {

    /**
     * Rejects nulls.
     * @param relation the logged-in user towards the other ({@code relation}; its mid is the other's)
     * @param beRelation the other towards the logged-in user ({@code be_relation}; its mid is one's own)
     */
    public MutualRelation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(beRelation, "beRelation");
    }
}
