package io.github.biliflux.relation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.biliflux.relation.BatchModifyResult;
import io.github.biliflux.relation.MutualRelation;
import io.github.biliflux.relation.OfficialVerify;
import io.github.biliflux.relation.Relation;
import io.github.biliflux.relation.RelationTag;
import io.github.biliflux.relation.RelationUser;
import io.github.biliflux.relation.Vip;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The wire shapes of the relation answers; unknown fields are ignored by core's mapper. */
public final class Wire {

    private Wire() {
    }

    /** An entry of R1-R6 (relation fields and card) or of R13 (card only). */
    public record User(long mid, int attribute, long mtime, List<Long> tag, int special, String uname, String face,
                       String sign, @JsonProperty("official_verify") Official officialVerify, WireVip vip) {

        /** The public entry. */
        public RelationUser toUser() {
            return new RelationUser(mid, attribute, Instant.ofEpochSecond(mtime), tag, special == 1, uname, face, sign,
                    officialVerify == null ? null : OfficialVerify.of(officialVerify.type(), officialVerify.desc()),
                    vip == null ? null : vip.toVip());
        }
    }

    /** {@code official_verify}. */
    public record Official(int type, String desc) {
    }

    /** {@code vip}: camelCase on the wire. */
    public record WireVip(int vipType, long vipDueDate, int vipStatus, String dueRemark, int accessStatus,
                          String vipStatusWarn, int themeType, Label label) {

        Vip toVip() {
            return new Vip(vipType, Instant.ofEpochMilli(vipDueDate), vipStatus, dueRemark, accessStatus,
                    vipStatusWarn, themeType, label == null ? "" : label.path());
        }
    }

    /** {@code vip.label}. */
    public record Label(String path) {
    }

    /** The {@code data} of R1-R6: a list, {@code total} (absent for R5) and {@code re_version}. */
    public record UserList(List<User> list, Long total) {

        /** The public entries. */
        public List<RelationUser> users() {
            return Wire.users(list);
        }
    }

    /** The public entries of a wire list (core's mapper already dropped null entries). */
    public static List<RelationUser> users(List<User> list) {
        // One array, wrapped once: core's PageResult and Page keep this List.of as it is.
        RelationUser[] users = new RelationUser[list.size()];
        for (int i = 0; i < users.length; i++) {
            users[i] = list.get(i).toUser();
        }
        return List.of(users);
    }

    /** The public relations of R11, keyed by mid (core's mapper already dropped null values). */
    public static Map<Long, Relation> relations(Map<Long, WireRelation> byMid) {
        Map<Long, Relation> m = new java.util.LinkedHashMap<>();
        byMid.forEach((mid, r) -> m.put(mid, r.toRelation()));
        return m;
    }

    /** The relation object of R9, R10 and R11. */
    public record WireRelation(long mid, int attribute, long mtime, List<Long> tag, int special) {

        /** The public relation. */
        public Relation toRelation() {
            return new Relation(mid, attribute, Instant.ofEpochSecond(mtime), tag, special == 1);
        }
    }

    /** The {@code data} of R10. */
    public record Mutual(WireRelation relation, @JsonProperty("be_relation") WireRelation beRelation) {

        /** The public pair; a missing side reads as "no relation" with mid 0. */
        public MutualRelation toMutual() {
            return new MutualRelation(orNone(relation), orNone(beRelation));
        }

        private static Relation orNone(WireRelation r) {
            return r == null ? new Relation(0, 0, Instant.EPOCH, List.of(), false) : r.toRelation();
        }
    }

    /** An entry of R12. */
    public record Tag(long tagid, String name, int count, String tip) {

        /** The public tag. */
        public RelationTag toTag() {
            return new RelationTag(tagid, name, count, tip);
        }
    }

    /** The {@code data} of R8. */
    public record Batch(@JsonProperty("failed_fids") List<Long> failedFids) {

        /** The public result. */
        public BatchModifyResult toResult() {
            return new BatchModifyResult(failedFids);
        }
    }

    /** The {@code data} of R16. */
    public record Created(Long tagid) {
    }
}
