package io.github.biliflux.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Route;
import io.github.biliflux.testing.TestClients;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * The spec's captured example answers (spec/004), plus fields the live service added since, served
 * as they are by a canned server: they decode as documented and unknown fields never break decoding.
 * Also the refusals the emulator does not produce (the live service's 22002, 22009, 22013, 22014, 22120).
 */
class RelationDecodingTest {

    private static final Duration T = Duration.ofSeconds(10);

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private DisposableServer server;
    private BiliClient bili;
    private RelationClient rel;

    @BeforeEach
    void start() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> {
                    String path = URI.create(req.uri()).getPath();
                    String body = answers.getOrDefault(path, "{\"code\":-404,\"message\":\"啥都木有\",\"ttl\":1}");
                    return res.header("Content-Type", "application/json; charset=utf-8")
                            .sendByteArray(Mono.just(body.getBytes(StandardCharsets.UTF_8)));
                })
                .bindNow();
        bili = TestClients.builder(URI.create("http://127.0.0.1:" + server.port()))
                .credentials(Credentials.cookie("sess", "jct", 293793435L))
                .build();
        rel = RelationClient.of(bili);
    }

    @AfterEach
    void stop() {
        bili.close();
        server.disposeNow();
    }

    private static String ok(String data) {
        return "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":" + data + "}";
    }

    private static final String VIP_2 = "{\"vipType\":2,\"vipDueDate\":1601654400000,\"dueRemark\":\"\",\"accessStatus\":0,"
            + "\"vipStatus\":1,\"vipStatusWarn\":\"\",\"themeType\":0,\"label\":{\"path\":\"\",\"text\":\"年度大会员\"},"
            + "\"avatar_subscript\":1,\"nickname_color\":\"#FB7299\"}";

    @Test
    void followingsExampleOfR2WithFieldsAddedSince() {
        answers.put("/x/relation/followings", ok("{\"list\":[{\"mid\":14082,\"attribute\":2,\"mtime\":1584271945,"
                + "\"tag\":null,\"special\":0,\"uname\":\"山新\",\"face\":\"http://i0.hdslb.com/bfs/face/74c8.jpg\","
                + "\"sign\":\"都说了是天依爹地\",\"official_verify\":{\"type\":0,\"desc\":\"配音演员、声优。\"},"
                + "\"vip\":" + VIP_2 + ",\"contract_info\":{\"is_contractor\":false,\"ts\":0,\"is_contract\":false,"
                + "\"user_attr\":0},\"name_render\":{},\"follow_time\":\"关注于2020年03月15日\",\"rec_reason\":\"\"},"
                + "{\"mid\":420831218,\"attribute\":6,\"mtime\":1584208169,\"tag\":[207542],\"special\":1,"
                + "\"uname\":\"支付宝Alipay\",\"face\":\"f\",\"sign\":\"s\",\"official_verify\":{\"type\":1,\"desc\":\"支付宝官方账号\"},"
                + "\"vip\":{\"vipType\":1,\"vipDueDate\":1585065600000,\"vipStatus\":1}}],"
                + "\"re_version\":3228575555,\"total\":2,\"new_field\":[1,2,3]}"));

        List<RelationUser> users = rel.followings(293793435L, FollowingOrder.FOLLOW_TIME, 2).collectList().block(T);

        assertThat(users).hasSize(2);
        RelationUser shanxin = users.get(0);
        assertThat(shanxin.mid()).isEqualTo(14082L);
        assertThat(shanxin.attribute()).isEqualTo(2);
        assertThat(shanxin.mtime()).isEqualTo(Instant.ofEpochSecond(1_584_271_945L));
        assertThat(shanxin.tags()).isEmpty();
        assertThat(shanxin.special()).isFalse();
        assertThat(shanxin.uname()).isEqualTo("山新");
        assertThat(shanxin.sign()).isEqualTo("都说了是天依爹地");
        assertThat(shanxin.officialVerify()).isEqualTo(new OfficialVerify(OfficialType.PERSONAL, 0, "配音演员、声优。"));
        assertThat(shanxin.vip()).isEqualTo(new Vip(2, Instant.ofEpochMilli(1_601_654_400_000L), 1, "", 0, "", 0, ""));
        RelationUser alipay = users.get(1);
        assertThat(alipay.tags()).containsExactly(207_542L);
        assertThat(alipay.special()).isTrue();
        assertThat(alipay.mutual()).isTrue();
        assertThat(alipay.officialVerify().type()).isEqualTo(OfficialType.ORGANIZATION);
        assertThat(alipay.vip().vipDueDate()).isEqualTo(Instant.ofEpochMilli(1_585_065_600_000L));
    }

    @Test
    void missingNestedObjectsAndUndocumentedCodesDecodeToSafeValues() {
        answers.put("/x/relation/blacks", ok("{\"list\":[{\"mid\":22179720,\"attribute\":128,\"mtime\":1603032789,"
                + "\"tag\":null,\"special\":0,\"uname\":\"咩2016\"},{\"mid\":16174624,\"attribute\":128,\"mtime\":\"1603026420\","
                + "\"uname\":null,\"official_verify\":{\"type\":7,\"desc\":null},\"vip\":null}],\"total\":2}"));

        List<RelationUser> blacks = rel.blacks().collectList().block(T);

        assertThat(blacks.get(0).officialVerify()).isEqualTo(OfficialVerify.NONE);
        assertThat(blacks.get(0).vip()).isEqualTo(Vip.NONE);
        assertThat(blacks.get(0).face()).isEmpty();
        assertThat(blacks.get(1).mtime()).isEqualTo(Instant.ofEpochSecond(1_603_026_420L));
        assertThat(blacks.get(1).uname()).isEmpty();
        assertThat(blacks.get(1).officialVerify().type()).isEqualTo(OfficialType.UNKNOWN);
        assertThat(blacks.get(1).officialVerify().typeCode()).isEqualTo(7);
        assertThat(blacks.get(1).tags()).isEmpty();
    }

    @Test
    void whispersExampleOfR5HasNoTotal() {
        answers.put("/x/relation/whispers", ok("{\"list\":[{\"mid\":178429408,\"attribute\":1,\"mtime\":1605972105,"
                + "\"tag\":null,\"special\":0,\"uname\":\"老弟一号\",\"face\":\"f\",\"sign\":\"s\","
                + "\"official_verify\":{\"type\":0,\"desc\":\"知识领域优质UP主\"},\"vip\":" + VIP_2 + "}],"
                + "\"re_version\":2137574562}"));

        assertThat(rel.whispers().byPage().blockFirst(T).total()).isEmpty();
        assertThat(rel.whispers().blockFirst(T).uname()).isEqualTo("老弟一号");
    }

    @Test
    void tagMembersExampleOfR13IsABareArray() {
        answers.put("/x/relation/tag", ok("[{\"mid\":420831218,\"uname\":\"支付宝Alipay\",\"face\":\"f\",\"sign\":\"s\","
                + "\"official_verify\":{\"type\":1,\"desc\":\"支付宝官方账号\"},\"vip\":" + VIP_2 + "},"
                + "{\"mid\":125086406,\"uname\":\"MSI微星科技\",\"face\":\"f\",\"sign\":\"s\","
                + "\"official_verify\":{\"type\":1,\"desc\":\"微星科技官方账号\"},\"vip\":" + VIP_2 + "}]"));

        assertThat(rel.tagMembers(207_542L).map(RelationUser::uname).collectList().block(T))
                .containsExactly("支付宝Alipay", "MSI微星科技");
    }

    @Test
    void relationExamplesOfR9R10R11() {
        answers.put("/x/relation", ok("{\"mid\":258150656,\"attribute\":2,\"mtime\":1540659101,\"tag\":[-10],\"special\":1}"));
        answers.put("/x/space/wbi/acc/relation", ok("{\"relation\":{\"mid\":15858903,\"attribute\":6,\"mtime\":1548311059,"
                + "\"tag\":[-10,194110],\"special\":1,\"is_followed\":false},\"be_relation\":{\"mid\":293793435,"
                + "\"attribute\":6,\"mtime\":1548311059,\"tag\":[56502,-10],\"special\":1,\"is_followed\":false}}"));
        answers.put("/x/web-interface/nav", "{\"code\":-101,\"message\":\"账号未登录\",\"ttl\":1,\"data\":{\"isLogin\":false,"
                + "\"wbi_img\":{\"img_url\":\"https://i0.hdslb.com/bfs/wbi/7cd084941338484aae1ad9425b84077c.png\","
                + "\"sub_url\":\"https://i0.hdslb.com/bfs/wbi/4932caff0ff746eab6f01bf08b70ac45.png\"}}}");
        answers.put("/x/relation/relations", ok("{\"1\":{\"mid\":1,\"attribute\":2,\"mtime\":1601654227,\"tag\":null,"
                + "\"special\":0},\"2\":{\"mid\":2,\"attribute\":2,\"mtime\":1601654225,\"tag\":null,\"special\":0}}"));

        Relation r = rel.relation(258150656L).block(T);
        MutualRelation m = rel.mutualRelation(15858903L).block(T);
        Map<Long, Relation> many = rel.relations(List.of(1L, 2L)).block(T);

        assertThat(r).isEqualTo(new Relation(258150656L, 2, Instant.ofEpochSecond(1_540_659_101L), List.of(-10L), true));
        assertThat(m.relation().tags()).containsExactly(-10L, 194_110L);
        assertThat(m.beRelation().mid()).isEqualTo(293793435L);
        assertThat(m.beRelation().tags()).containsExactly(56_502L, -10L);
        assertThat(many).containsOnlyKeys(1L, 2L);
        assertThat(many.get(2L).mtime()).isEqualTo(Instant.ofEpochSecond(1_601_654_225L));
    }

    @Test
    void groupExamplesOfR12R14R15R16() {
        answers.put("/x/relation/tags", ok("[{\"tagid\":-10,\"name\":\"特别关注\",\"count\":16,\"tip\":\"第一时间收到该分组下用户更新稿件的通知\"},"
                + "{\"tagid\":0,\"name\":\"默认分组\",\"count\":536},{\"tagid\":194111,\"name\":\"我的同学\",\"count\":16}]"));
        answers.put("/x/relation/tag/user", ok("{\"-10\":\"特别关注\",\"194111\":\"我的同学\"}"));
        answers.put("/x/relation/tag/special", ok("[500716647,32832243,53456]"));
        answers.put("/x/relation/tag/create", ok("{\"tagid\":216677}"));

        List<RelationTag> tags = rel.tags().block(T);

        assertThat(tags).containsExactly(new RelationTag(-10, "特别关注", 16, "第一时间收到该分组下用户更新稿件的通知"),
                new RelationTag(0, "默认分组", 536, ""), new RelationTag(194_111L, "我的同学", 16, ""));
        assertThat(rel.tagsOfUser(319214221L).block(T)).containsExactly(Map.entry(-10L, "特别关注"),
                Map.entry(194_111L, "我的同学"));
        assertThat(rel.specialFollowings().block(T)).containsExactly(500716647L, 32832243L, 53456L);
        assertThat(rel.createTag("测试").block(T)).isEqualTo(216_677L);
    }

    @Test
    void emptyOrNullDataGivesEmptyResults() {
        answers.put("/x/relation/tag/user", ok("{}"));
        answers.put("/x/relation/tag/special", ok("null"));
        answers.put("/x/relation/tags", ok("[]"));
        answers.put("/x/relation/batch/modify", ok("{\"failed_fids\":[]}"));
        answers.put("/x/relation/followers", ok("{\"list\":null,\"total\":0}"));

        assertThat(rel.tagsOfUser(1).block(T)).isEmpty();
        assertThat(rel.specialFollowings().block(T)).isEmpty();
        assertThat(rel.tags().block(T)).isEmpty();
        assertThat(rel.batchModify(List.of(1L, 2L), RelationAction.FOLLOW, RelationSource.SPACE).block(T).allSucceeded())
                .isTrue();
        assertThat(rel.followers(1).collectList().block(T)).isEmpty();
    }

    @Test
    void aCreatedTagWithoutAnIdIsADecodingError() {
        answers.put("/x/relation/tag/create", ok("{}"));

        StepVerifier.create(rel.createTag("测试")).expectError(io.github.biliflux.core.DecodingException.class).verify(T);
    }

    @ParameterizedTest
    @ValueSource(ints = {22001, 22002, 22003, 22009, 22013, 22014, 22120})
    void everyRefusalOfAFollowIsTyped(int code) {
        answers.put("/x/relation/modify", "{\"code\":" + code + ",\"message\":\"refused\",\"ttl\":1}");
        answers.put("/x/relation/batch/modify", "{\"code\":" + code + ",\"message\":\"refused\",\"ttl\":1}");
        Class<?> type = switch (code) {
            case 22001 -> SelfRelationException.class;
            case 22002 -> FollowPrivacyException.class;
            case 22003 -> UserBlockedException.class;
            case 22009 -> FollowLimitException.class;
            case 22013 -> AccountDeletedException.class;
            case 22014 -> AlreadyFollowingException.class;
            default -> AlreadyBlockedException.class;
        };

        Map<String, Mono<?>> calls = Map.of("R7 POST /x/relation/modify", rel.follow(5),
                "R8 POST /x/relation/batch/modify", rel.batchModify(List.of(5L), RelationAction.BLOCK, RelationSource.SPACE));
        calls.forEach((route, call) -> StepVerifier.create(call)
                    .expectErrorSatisfies(e -> {
                        assertThat(e).isInstanceOf(type).isInstanceOf(RelationException.class);
                        assertThat(((BiliApiException) e).code()).isEqualTo(code);
                        assertThat(((BiliApiException) e).serverMessage()).isEqualTo("refused");
                        assertThat(((BiliApiException) e).route()).isEqualTo(route);
                        assertThat(e.getMessage()).contains(String.valueOf(code));
                    })
                    .verify(T));
    }

    @Test
    void theRoutesTableListsR1ToR21WithMutationsNeverIdempotent() throws IllegalAccessException {
        List<Route> routes = new ArrayList<>();
        for (Field f : RelationRoutes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Route.class) {
                routes.add((Route) f.get(null));
            }
        }

        assertThat(routes).extracting(Route::id).containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9",
                "R10", "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18", "R19", "R20", "R21");
        assertThat(routes).allSatisfy(r -> assertThat(r.idempotent()).isEqualTo(r.method() == Route.Method.GET));
        assertThat(routes).filteredOn(Route::wbi).extracting(Route::path).containsExactly("/x/space/wbi/acc/relation");
        Function<Integer, Class<?>> r19 = c -> RelationRoutes.ADD_TO_TAGS.errors().get(c)
                .apply(new io.github.biliflux.core.ApiError(c, "", "R19", 200, null)).getClass();
        assertThat(r19.apply(22104)).isEqualTo(TagNotFoundException.class);
        assertThat(r19.apply(22105)).isEqualTo(NotFollowingException.class);
    }
}
