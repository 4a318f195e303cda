package io.github.biliflux.manga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.testkit.Journal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each login puts on the wire: app parameters and the manga app key in app mode only. */
class AppParamsTest extends EmulatorFixture {

    private static final Map<String, String> DOCUMENTED = Map.of("mobi_app", "android_comic", "platform", "android",
            "version", "4.13.0", "build", "36413002", "channel", "bilicomic", "device", "android",
            "machine", "samsung SM-G9730", "is_teenager", "0", "no_recommend", "0");

    @Test
    void appModeSendsTheDocumentedParamsSignedWithTheMangaKey() {
        MangaClient manga = manga(Mode.APP);
        manga.coupons().blockFirst();
        manga.boughtComics().blockFirst();
        manga.couponSummary().block();

        assertThat(journal().entries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.query()).containsAllEntriesOf(DOCUMENTED);
            // The client holds AppKey.ANDROID; the manga routes still sign with the manga key (else -3).
            assertThat(e.query()).containsEntry("appkey", AppKey.MANGA_ANDROID.appKey())
                    .containsEntry("access_key", me().accessKey())
                    .containsKeys("ts", "sign");
            assertThat(e.query().get("appkey")).isEqualTo("cc8617fd6961e070");
            assertThat(e.cookiePresent()).isFalse();
            assertThat(e.form()).isEmpty();
            assertThat(e.code()).isZero();
            assertThat(e.callerMid()).isEqualTo(me().mid());
        });
    }

    @Test
    void cookieModeSendsNoAppParams() {
        MangaClient manga = manga(Mode.COOKIE);
        manga.coupons().blockFirst();
        manga.boughtComics().blockFirst();
        manga.couponSummary().block();

        assertThat(journal().entries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.query()).isEmpty();
            assertThat(e.form()).isEmpty(); // a JSON body, and no csrf: these calls only read
            assertThat(e.cookieNames()).contains("SESSDATA");
            assertThat(e.jsonBody()).startsWith("{");
            assertThat(e.code()).isZero();
        });
    }

    @Test
    void appParamsCanBeOverriddenAddedAndRemoved() {
        MangaClient manga = manga(Mode.APP).withAppParams(Map.of("version", "4.20.0", "buvid", "XY123"));
        manga.coupons().blockFirst();
        MangaClient bare = manga.withAppParams(MangaAppParams.none());
        bare.boughtComics().blockFirst();
        MangaClient noMachine = MangaClient.of(bili(Mode.APP.credentials(me())), MangaAppParams.defaults().without("machine"));
        noMachine.couponSummary().block();

        Journal.Entry overridden = journal().entries(COUPONS).get(0);
        assertThat(overridden.query()).containsEntry("version", "4.20.0").containsEntry("buvid", "XY123")
                .containsEntry("mobi_app", "android_comic");
        assertThat(overridden.code()).isZero();
        Journal.Entry none = journal().entries(COMICS).get(0);
        assertThat(none.query()).containsOnlyKeys("access_key", "appkey", "ts", "sign");
        assertThat(none.code()).isZero();
        Journal.Entry summary = journal().entries(COUPONS).get(1);
        assertThat(summary.query()).doesNotContainKey("machine").containsKey("mobi_app");
        assertThat(manga.appParams().asMap()).containsEntry("version", "4.20.0");
    }

    @Test
    void appParamsRefuseWhatTheSignerAdds() {
        for (String reserved : new String[] {"access_key", "appkey", "ts", "sign"}) {
            assertThatThrownBy(() -> MangaAppParams.defaults().with(reserved, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name").hasMessageContaining(reserved);
        }
        assertThatThrownBy(() -> MangaAppParams.of(Map.of(" ", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> MangaAppParams.defaults().with("version", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> manga(Mode.APP).withAppParams(Map.of("sign", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MangaAppParams.of(DOCUMENTED).asMap()).isEqualTo(DOCUMENTED);
        assertThat(MangaAppParams.defaults().asMap()).isEqualTo(DOCUMENTED);
        assertThat(journal().entries()).isEmpty();
    }
}
