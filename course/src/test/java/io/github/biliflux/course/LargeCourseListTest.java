package io.github.biliflux.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.testing.TestClients;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * C1 with more courses than the first request asks for (the demo world has 4 and the emulator serves
 * at most ps=50), on a local Reactor Netty server scripted per request: the follow-up with
 * ps = total, a list that grows between the two requests, and a service that silently caps ps.
 */
class LargeCourseListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DisposableServer server;
    private BiliClient bili;
    private final List<Integer> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (bili != null) {
            bili.close();
        }
        if (server != null) {
            server.disposeNow();
        }
    }

    /** Serves, for the n-th request (0-based) and its ps, the courses that {@code list} gives. */
    private CourseClient serve(ScriptedList list) {
        server = HttpServer.create().host("127.0.0.1").port(0).route(r -> r.get("/pugv/pay/web/my/paid", (req, res) -> {
            int ps = Integer.parseInt(new QueryStringDecoder(req.uri()).parameters().get("ps").get(0));
            int n = asked.size();
            asked.add(ps);
            long[] ids = list.ids(n).apply(ps);
            long total = list.total(n);
            ArrayNode items = JSON.createArrayNode();
            for (long id : ids) {
                items.addObject().put("id", id).put("title", "课程 " + id).put("status", 10)
                        .putObject("progress").put("last_ep_id", id * 10).put("last_ep_index", "第1课").put("last_time", 60);
            }
            ObjectNode data = JSON.createObjectNode();
            data.set("data", items);
            data.put("is_enable_cash", false).put("next", total > ids.length).put("pn", 1).put("ps", ps)
                    .put("pt", Math.min(Integer.MAX_VALUE, total / ps + 1)).put("total", total);
            ObjectNode root = JSON.createObjectNode().put("code", 0);
            root.set("data", data);
            root.put("message", "success");
            return res.header("Content-Type", "application/json")
                    .sendString(Mono.just(root.toString()), StandardCharsets.UTF_8);
        })).bindNow();
        bili = TestClients.builder(URI.create("http://127.0.0.1:" + server.port()))
                .credentials(Credentials.cookie("sess", "jct", 1L)).build();
        return CourseClient.of(bili);
    }

    interface ScriptedList {
        /** The ids served by request {@code n} for a ps. */
        IntFunction<long[]> ids(int n);

        /** The total request {@code n} reports. */
        long total(int n);
    }

    private static long[] first(long count, int ps, long from) {
        return LongStream.range(from, from + count).limit(ps).toArray();
    }

    @Test
    void onehundredTwentyCoursesTakeTwoRequests() {
        CourseClient courses = serve(new ScriptedList() {
            public IntFunction<long[]> ids(int n) {
                return ps -> first(120, ps, 1);
            }

            public long total(int n) {
                return 120;
            }
        });

        List<PaidCourse> all = courses.paidCourses().collectList().block();

        assertThat(all).extracting(PaidCourse::seasonId).containsExactlyElementsOf(LongStream.rangeClosed(1, 120).boxed().toList());
        assertThat(asked).containsExactly(50, 120);
        assertThat(all.get(119).progress().lastEpId()).isEqualTo(1200L);
    }

    @Test
    void aCourseBoughtBetweenTheRequestsIsEmittedOnceAndNothingIsLost() {
        // Request 0 sees 1..120; then course 0 is bought and listed first: requests 1+ see 0..120 (121).
        CourseClient courses = serve(new ScriptedList() {
            public IntFunction<long[]> ids(int n) {
                return ps -> n == 0 ? first(120, ps, 1) : first(121, ps, 0);
            }

            public long total(int n) {
                return n == 0 ? 120 : 121;
            }
        });

        List<PaidCourse> all = courses.paidCourses().collectList().block();

        assertThat(all).hasSize(121).extracting(PaidCourse::seasonId).doesNotHaveDuplicates().contains(0L, 120L);
        // ps=120 brought 0..119 and said 121 exist: one more request with the grown total.
        assertThat(asked).containsExactly(50, 120, 121);
    }

    @Test
    void aServiceThatCapsPsEndsAfterTheFollowUpInsteadOfLooping() {
        CourseClient courses = serve(new ScriptedList() {
            public IntFunction<long[]> ids(int n) {
                return ps -> first(120, Math.min(ps, 50), 1);
            }

            public long total(int n) {
                return 120;
            }
        });

        List<PaidCourse> all = courses.paidCourses().collectList().block();

        assertThat(all).hasSize(50);
        assertThat(asked).containsExactly(50, 120);
    }

    @Test
    void anAbsurdTotalCostsABoundedNumberOfRequests() {
        CourseClient courses = serve(new ScriptedList() {
            public IntFunction<long[]> ids(int n) {
                return ps -> first(3000, ps, 1);
            }

            public long total(int n) {
                return Long.MAX_VALUE;
            }
        });

        List<PaidCourse> all = courses.paidCourses().collectList().block(Duration.ofSeconds(10));

        assertThat(all).hasSize(CourseClient.MAX_FOLLOW_UP_PAGE_SIZE);
        assertThat(asked).containsExactly(50, CourseClient.MAX_FOLLOW_UP_PAGE_SIZE);
    }

    @Test
    void aListThatKeepsGrowingStopsAfterTheLastFollowUp() {
        CourseClient courses = serve(new ScriptedList() {
            public IntFunction<long[]> ids(int n) {
                return ps -> first(100 + 10L * n, ps, 1);
            }

            public long total(int n) {
                return 100 + 10L * n + 1;
            }
        });

        courses.paidCourses().collectList().block(Duration.ofSeconds(10));

        assertThat(asked).hasSize(1 + CourseClient.MAX_FOLLOW_UPS);
    }
}
