package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example response of the spec documents (testkit's spec-examples resources, {@link SpecExamples}) against the
 * emulator's answer to the matching request: same field names and JSON types at every path.
 */
class SpecConformanceTest extends EmulatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String F = "/x/relation/";

    static Stream<Arguments> examples() {
        List<Arguments> a = new ArrayList<>();
        a.add(ex("R1", t -> t.get(F + "followers", "vmid", "" + ME, "ps", "2", "pn", "1")));
        a.add(ex("R2", t -> t.get(F + "followings", "vmid", "" + ME, "order_type", "", "ps", "2", "pn", "1")));
        a.add(ex("R3", t -> t.get(F + "followings/search", "vmid", "" + ME, "name", "warma", "ps", "2", "pn", "1")));
        a.add(ex("R4", t -> t.get(F + "same/followings", "vmid", "" + World.CAPPED_MID, "ps", "2", "pn", "1")));
        a.add(ex("R5", t -> t.get(F + "whispers", "ps", "2", "pn", "1")));
        a.add(ex("R6", t -> t.get(F + "blacks", "ps", "2", "pn", "1")));
        a.add(ex("R7", t -> t.post(F + "modify", "fid", "14083", "act", "1", "re_src", "11")));
        a.add(ex("R8", t -> t.post(F + "batch/modify", "fid", "1,2,3,4,5", "act", "1", "re_src", "11")));
        a.add(ex("R9", t -> t.get("/x/relation", "fid", "258150656")));
        a.add(ex("R10", t -> t.get("/x/space/acc/relation", "mid", "" + World.FRIEND_MID)));
        a.add(ex("R11", t -> {
            t.post(F + "batch/modify", "fids", "1,2", "act", "1", "re_src", "11");
            return t.get(F + "relations", "fids", "1,2");
        }));
        a.add(ex("R12", t -> t.get(F + "tags")));
        a.add(ex("R13", t -> t.get(F + "tag", "tagid", "207542", "order_type", "", "ps", "2", "pn", "1")));
        a.add(ex("R14", t -> {
            t.post(F + "tags/addUsers", "fids", "14082", "tagids", "-10,194111");
            return t.get(F + "tag/user", "fid", "14082");
        }));
        a.add(ex("R15", t -> t.get(F + "tag/special")));
        a.add(ex("R16", t -> t.post(F + "tag/create", "tag", "测试")));
        a.add(ex("R17", t -> t.post(F + "tag/update", "tagid", "194111", "name", "膜法师")));
        a.add(ex("R18", t -> t.post(F + "tag/del", "tagid", "231305")));
        a.add(ex("R19", t -> t.post(F + "tags/addUsers", "fids", "14082", "tagids", "-10,207542")));
        a.add(ex("R20", t -> t.post(F + "tags/copyUsers", "fids", "14082,53456", "tagids", "231305")));
        a.add(ex("R21", t -> t.post(F + "tags/moveUsers", "beforeTagids", "207542", "afterTagids", "231305",
                "fids", "420831218")));
        a.add(ex("A1", t -> t.get("/x/member/web/account")));
        a.add(ex("A2", t -> t.get("/x/member/web/exp/reward")));
        a.add(ex("A3", t -> t.get("/plus/account/exp.php")));
        a.add(ex("A4", t -> t.get("/x/vip/web/user/info")));
        a.add(ex("A5", t -> t.get("/web/site/user/info")));
        a.add(ex("A6", t -> t.get("/x/member/realname/status")));
        a.add(ex("A7", t -> t.get("/x/member/realname/apply/status")));
        a.add(ex("A8", t -> t.get("/x/member/web/coin/log")));
        a.add(ex("A9", t -> t.post("/x/member/web/sign/update", "user_sign", "高中技术宅一枚")));
        String w1 = "/x/ugcpay/web/v2/trade/elec/pay/quick";
        a.add(ex("W1", t -> t.post(w1, "bp_num", "2", "is_bp_remains_prior", "true", "up_mid", "293793435",
                "otype", "up", "oid", "293793435")));
        a.add(ex("W1-status-2", t -> t.post(w1, "bp_num", "1", "is_bp_remains_prior", "true", "up_mid", "1",
                "otype", "up", "oid", "1")));
        a.add(ex("W1-status-4", t -> t.post(w1, "bp_num", "999", "is_bp_remains_prior", "true", "up_mid", "1",
                "otype", "up", "oid", "1")));
        for (String id : List.of("W2", "W2-status-2", "W2-status-4")) {
            a.add(ex(id, t -> t.post("/x/ugcpay/trade/elec/pay/quick", "elec_num", "20", "up_mid", "293793435",
                    "otype", "up", "oid", "293793435")));
        }
        a.add(ex("M1", t -> t.http.postJson("/twirp/user.v1.User/GetCoupons", java.util.Map.of(),
                "{\"notExpired\":true,\"pageNum\":1,\"pageSize\":20,\"tabType\":1,\"type\":0}", t.cookie)));
        a.add(ex("M2", t -> t.http.postJson("/twirp/user.v1.User/GetAutoBuyComics", java.util.Map.of(),
                "{\"page_num\":1,\"page_size\":15}", t.cookie)));
        a.add(ex("C1", t -> t.get("/pugv/pay/web/my/paid", "ps", "10", "pn", "1")));
        return a.stream();
    }

    private static Arguments ex(String id, Function<SpecConformanceTest, Http.Res> call) {
        return Arguments.of(id, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void answerHasTheShapeOfTheSpecExample(String id, Function<SpecConformanceTest, Http.Res> call)
            throws IOException {
        JsonNode expected;
        expected = MAPPER.readTree(SpecExamples.json(id));
        Http.Res r = call.apply(this);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode actual = r.json();
        assertThat(actual.path("code").asInt()).as(r.body()).isZero();
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, problems);
        assertThat(problems).as("shape differences of %s; answer %s", id, r.body()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyExampleFileIsCovered() throws IOException {
        Set<String> covered = new TreeSet<>();
        examples().forEach(a -> covered.add((String) a.get()[0]));
        Set<String> files = new TreeSet<>();
        // The directory, not the index: a file added without its index line must fail here.
        try (InputStream in = SpecExamples.class.getResourceAsStream("spec-examples/")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes()).split("\n")) {
                    if (line.endsWith(".json")) {
                        files.add(line.substring(0, line.length() - 5));
                    }
                }
            }
        }
        assertThat(files).isNotEmpty();
        assertThat(SpecExamples.ids()).as("index.txt lists every example file").containsExactlyElementsOf(files);
        files.remove("C1-next"); // a variant for the client fuzz, not an answer of the demo world
        assertThat(covered).containsAll(files);
        assertThat(files).hasSize(39);
    }

    @org.junit.jupiter.api.Test
    void comparatorCatchesRenamedFieldsTypeChangesAndBadTags() throws IOException {
        JsonNode example = MAPPER.readTree("{\"a\":1,\"b\":\"x\",\"l\":[{\"tag\":null,\"n\":1}]}");
        List<String> problems = new ArrayList<>();
        compare("$", example, MAPPER.readTree("{\"a\":1,\"b\":\"y\",\"l\":[{\"tag\":[1,2],\"n\":0.5}]}"),
                problems);
        assertThat(problems).isEmpty();
        compare("$", example, MAPPER.readTree("{\"a\":\"1\",\"c\":\"x\",\"l\":[{\"tag\":[\"1\"],\"n\":1}]}"),
                problems);
        assertThat(problems).hasSize(3);
    }

    /** Same field names, same JSON types; {@code tag} may be null or an array of ints. */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (path.endsWith(".tag") && (expected.isNull() || expected.isArray())
                && (actual.isNull() || actual.isArray())) {
            actual.forEach(e -> {
                if (!e.isIntegralNumber()) {
                    problems.add(path + ": tag element not an int: " + e);
                }
            });
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            problems.add(path + ": expected " + expected.getNodeType() + " but was " + actual.getNodeType());
            return;
        }
        if (expected.isObject()) {
            Set<String> e = names(expected);
            Set<String> a = names(actual);
            if (!e.equals(a)) {
                problems.add(path + ": fields " + a + " instead of " + e);
            }
            for (String name : e) {
                if (actual.has(name)) {
                    compare(path + "." + name, expected.get(name), actual.get(name), problems);
                }
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", expected.get(Math.min(i, expected.size() - 1)), actual.get(i),
                        problems);
            }
        }
    }

    private static Set<String> names(JsonNode n) {
        Set<String> s = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            s.add(it.next());
        }
        return s;
    }

}
