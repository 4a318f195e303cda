package io.github.biliflux.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.AccessDeniedException;
import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.testing.BiliEmulatorExtension;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** C1 against the emulator: the demo user's 4 paid courses, the follow-up request, -401, validation, faults. */
class PaidCoursesTest {

    static final String PAID = "/pugv/pay/web/my/paid";

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.demo();

    private BiliEmulator emu;

    @BeforeEach
    void start() {
        emu = emulator.fixture().emu;
    }

    private BiliClient bili(Credentials c) {
        return emulator.fixture().client(c);
    }

    private World.Session me() {
        return emu.world().session(World.DEMO_MID);
    }

    private CourseClient courses(World.Session s) {
        return CourseClient.of(bili(Credentials.cookie(s.sessdata(), s.biliJct(), s.mid())));
    }

    private List<Journal.Entry> sent() {
        return emu.journal().entries(PAID);
    }

    @Test
    void everyCourseInOneRequestWithAGenerousPageSize() {
        List<PaidCourse> all = courses(me()).paidCourses().collectList().block();

        assertThat(all).extracting(PaidCourse::seasonId).containsExactly(3739L, 316L, 183L, 3635L);
        assertThat(sent()).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.query()).containsEntry("ps", "50").containsEntry("pn", "1");
            assertThat(e.cookieNames()).contains("SESSDATA");
            assertThat(e.code()).isZero();
        });
    }

    @Test
    void decodesProgressPricesAndStatus() {
        PaidCourse first = courses(me()).paidCourses().blockFirst();

        assertThat(first.seasonId()).isEqualTo(3739L);
        assertThat(first.title()).isEqualTo("3天Python数据分析+AI特训营（涨薪提效）");
        assertThat(first.upId()).isEqualTo(507961306L);
        assertThat(first.epCount()).isEqualTo(10);
        assertThat(first.price()).isEqualByComparingTo("9900");
        assertThat(first.platformPrice()).isEqualByComparingTo("0");
        assertThat(first.payGid()).isEqualTo(327L);
        assertThat(first.payStatus()).isZero();
        assertThat(first.expired()).isFalse();
        assertThat(first.statusCode()).isEqualTo(-1);
        assertThat(first.status()).isEqualTo(CourseStatus.UNKNOWN);
        assertThat(first.progress()).isEqualTo(new CourseProgress(142768L, "Python数据分析与AI应用", 5451L));
        assertThat(first.progress().lastTime()).isEqualTo(Duration.ofSeconds(5451));
        assertThat(first.updateInfo()).isEqualTo("已更新8课时 | 共10课时，含3场直播");
        assertThat(first.url()).isEqualTo("https://www.bilibili.com/cheese/play/ss3739");
        assertThat(first.cover()).startsWith("https://archive.biliimg.com/bfs/archive/");
    }

    @Test
    void whenNextSaysMoreItAsksOnceMoreWithPsTotalAndEmitsOnlyTheNewOnes() {
        List<PaidCourse> all = courses(me()).paidCourses(3).collectList().block();

        assertThat(all).extracting(PaidCourse::seasonId).containsExactly(3739L, 316L, 183L, 3635L);
        assertThat(sent()).extracting(e -> e.query().get("ps")).containsExactly("3", "4");
        assertThat(sent()).extracting(e -> e.query().get("pn")).containsOnly("1");
    }

    @Test
    void aPageSizeEqualToTheTotalNeedsNoFollowUp() {
        assertThat(courses(me()).paidCourses(4).collectList().block()).hasSize(4);
        assertThat(sent()).singleElement().satisfies(e -> assertThat(e.query()).containsEntry("ps", "4"));
    }

    @Test
    void theFollowUpIsLazy() {
        var two = courses(me()).paidCourses(2);
        assertThat(sent()).isEmpty();

        assertThat(two.take(2).collectList().block()).hasSize(2);
        assertThat(sent()).hasSize(1);
        assertThat(two.collectList().block()).hasSize(4);
        assertThat(sent()).extracting(e -> e.query().get("ps")).containsExactly("2", "2", "4");
    }

    @Test
    void anAccountWithoutCoursesCompletesEmpty() {
        World.Session newcomer = emu.world().addUser(779L, "newcomer");

        StepVerifier.create(courses(newcomer).paidCourses()).verifyComplete();
        assertThat(sent()).singleElement().satisfies(e -> assertThat(e.callerMid()).isEqualTo(779L));
    }

    @Test
    void aRejectedCookieIsMinus401WithItsMeaningAndIsNotRetried() {
        CourseClient courses = courses(me());
        emu.world().logout(World.DEMO_MID);

        StepVerifier.create(courses.paidCourses()).verifyErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(CourseAccessDeniedException.class).isInstanceOf(AccessDeniedException.class);
            BiliApiException api = (BiliApiException) e;
            assertThat(api.code()).isEqualTo(-401);
            assertThat(api.serverMessage()).isEqualTo("非法访问");
            assertThat(e.getMessage()).contains("-401").contains("C1").contains("SESSDATA").contains("log in again");
        });
        assertThat(sent()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(-401));
    }

    @Test
    void appOrNoCredentialsAreRefusedBeforeSending() {
        World.Session s = me();
        CourseClient app = CourseClient.of(bili(Credentials.app(s.accessKey(), AppKey.ANDROID)));
        CourseClient anonymous = CourseClient.of(bili(Credentials.none()));

        StepVerifier.create(app.paidCourses()).verifyErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(MissingCredentialsException.class).hasMessageContaining("C1").hasMessageContaining("cookie"));
        StepVerifier.create(anonymous.paidCourses()).verifyError(MissingCredentialsException.class);
        assertThat(emu.journal().entries()).isEmpty();
    }

    @Test
    void pageSizeIsCheckedAtTheCall() {
        CourseClient courses = courses(me());
        assertThatThrownBy(() -> courses.paidCourses(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize").hasMessageContaining("1..50").hasMessageContaining("was 0");
        assertThatThrownBy(() -> courses.paidCourses(51)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize").hasMessageContaining("was 51");
        assertThatThrownBy(() -> CourseClient.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("bili");
        assertThat(courses.paidCourses(1)).isNotNull();
        assertThat(courses.paidCourses(50)).isNotNull();
        assertThat(emu.journal().entries()).isEmpty();
    }

    @Test
    void faultsOnEitherRequestAreRetried() {
        CourseClient courses = courses(me());
        emu.faults().failNext(1, Fault.HTTP_5XX).failNext(1, Fault.RESET_AFTER_HANDLER);

        List<PaidCourse> all = courses.paidCourses(3).doOnNext(c -> {
            if (c.seasonId() == 3739L) {
                emu.faults().failNext(1, Fault.CODE_412).failNext(1, Fault.TRUNCATED_BODY);
            }
        }).collectList().block();

        assertThat(all).hasSize(4).extracting(PaidCourse::seasonId).doesNotHaveDuplicates();
        assertThat(sent()).extracting(Journal.Entry::fault)
                .containsExactly(Fault.HTTP_5XX, Fault.RESET_AFTER_HANDLER, null, Fault.CODE_412, Fault.TRUNCATED_BODY, null);
        assertThat(sent()).extracting(e -> e.query().get("ps")).containsExactly("3", "3", "3", "4", "4", "4");
    }
}
