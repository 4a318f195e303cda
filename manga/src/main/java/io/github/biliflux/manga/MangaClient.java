package io.github.biliflux.manga;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Check;
import io.github.biliflux.core.PageResult;
import io.github.biliflux.core.PagedFlux;
import io.github.biliflux.core.Route;
import io.github.biliflux.manga.internal.CouponPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The manga service (spec M1, M2): reading coupons and bought comics of the logged-in user, with
 * cookie or app credentials. Both calls are read-only POSTs with a JSON body, retried like GETs.
 * In app mode they are signed with the manga app key ({@code cc8617fd6961e070}) whatever key the
 * client holds, and carry {@link #appParams()}; cookie logins send no app parameter.
 * Immutable and thread-safe; nothing is sent before subscription.
 *
 * <pre>{@code
 * MangaClient manga = MangaClient.of(bili);
 * manga.coupons(CouponQuery.builder().notExpired(true).build()).subscribe(System.out::println);
 * }</pre>
 */
public final class MangaClient {

    /** The page size M2 uses when none is given. */
    public static final int DEFAULT_COMICS_PAGE_SIZE = 15;
    /** The largest M2 page size this client asks for (the spec gives none; M1's limit is 100). */
    public static final int MAX_COMICS_PAGE_SIZE = 100;

    private static final TypeReference<List<BoughtComic>> COMICS = new TypeReference<>() {
    };

    private final BiliClient bili;
    private final MangaAppParams appParams;

    private MangaClient(BiliClient bili, MangaAppParams appParams) {
        this.bili = Check.notNull("bili", bili);
        this.appParams = Check.notNull("appParams", appParams);
    }

    /**
     * A manga client over {@code bili}, sending {@link MangaAppParams#defaults()} in app mode (M1, M2).
     * @param bili the client to send requests with
     * @return a manga client over {@code bili}, sending {@link MangaAppParams#defaults()} in app mode (M1, M2)
     */
    public static MangaClient of(BiliClient bili) {
        return new MangaClient(bili, MangaAppParams.defaults());
    }

    /**
     * A manga client over {@code bili}, sending {@code appParams} in app mode (M1, M2).
     * @param bili the client to send requests with
     * @param appParams the app params
     * @return a manga client over {@code bili}, sending {@code appParams} in app mode (M1, M2)
     */
    public static MangaClient of(BiliClient bili, MangaAppParams appParams) {
        return new MangaClient(bili, appParams);
    }

    /**
     * This client sending {@code appParams} in app mode instead (M1, M2).
     * @param appParams the app params
     * @return this, for chaining
     */
    public MangaClient withAppParams(MangaAppParams appParams) {
        return new MangaClient(bili, appParams);
    }

    /**
     * This client with {@code overrides} set over its app parameters, e.g.
     * {@code withAppParams(Map.of("version", "4.20.0"))} (M1, M2).
     *
     * @throws IllegalArgumentException if a name is blank or one the signer adds
     * @param overrides the overrides
     * @return this, for chaining
     */
    public MangaClient withAppParams(Map<String, String> overrides) {
        return new MangaClient(bili, appParams.withAll(overrides));
    }

    /**
     * The query parameters sent in app mode (M1, M2).
     * @return the query parameters sent in app mode (M1, M2)
     */
    public MangaAppParams appParams() {
        return appParams;
    }

    /**
     * M1: every reading coupon, expired ones included, 20 per page.
     * @return every reading coupon, expired ones included, 20 per page
     */
    public PagedFlux<Coupon> coupons() {
        return coupons(CouponQuery.defaults());
    }

    /**
     * M1: the reading coupons that {@code query} selects, page by page ({@code pageNum} from 1).
     * The answer carries no total: the list ends at a short or empty page. Entries are
     * deduplicated by coupon id.
     * @param query the query parameters
     * @return the reading coupons that {@code query} selects, page by page ({@code pageNum} from 1)
     */
    public PagedFlux<Coupon> coupons(CouponQuery query) {
        Check.notNull("query", query);
        return PagedFlux.create(query.pageSize(), Coupon::id, (pn, ps) ->
                bili.exchange(request(MangaRoutes.COUPONS, query.body(pn)), CouponPage.class,
                        page -> PageResult.of(page.userCoupons())));
    }

    /**
     * M1: the reads left over all coupons ({@code total_remain_amount}) and the
     * {@code coupon_info} counters; asks for one coupon only, since the totals cover every coupon.
     * @return the reads left over all coupons ({@code total_remain_amount}) and the {@code coupon_info} counters; asks for one coupon only, since the totals cover every coupon
     */
    public Mono<CouponSummary> couponSummary() {
        Map<String, Object> body = CouponQuery.builder().pageSize(1).build().body(1);
        return bili.exchange(request(MangaRoutes.COUPONS, body), CouponSummary.class);
    }

    /**
     * M2: every bought comic, 15 per page.
     * @return every bought comic, 15 per page
     */
    public PagedFlux<BoughtComic> boughtComics() {
        return boughtComics(DEFAULT_COMICS_PAGE_SIZE);
    }

    /**
     * M2: every bought comic, {@code pageSize} per page ({@code page_num} from 1). The answer is
     * the bare array: the list ends at a short or empty page. Entries are deduplicated by id.
     *
     * @throws IllegalArgumentException if {@code pageSize} is not in 1..100
     * @param pageSize the number of entries per page
     * @return every bought comic, {@code pageSize} per page ({@code page_num} from 1)
     */
    public PagedFlux<BoughtComic> boughtComics(int pageSize) {
        Check.range("pageSize", pageSize, 1, MAX_COMICS_PAGE_SIZE);
        return PagedFlux.create(pageSize, BoughtComic::id, (pn, ps) ->
                bili.exchange(request(MangaRoutes.BOUGHT_COMICS, comicsBody(pn, ps)), COMICS,
                        (List<BoughtComic> comics) -> PageResult.of(comics)));
    }

    private static Map<String, Object> comicsBody(int pageNum, int pageSize) {
        Map<String, Object> body = new LinkedHashMap<>(); // in the spec's order: {"page_num": 1, "page_size": 15}
        body.put("page_num", pageNum);
        body.put("page_size", pageSize);
        return body;
    }

    private ApiRequest request(Route route, Object body) {
        ApiRequest.Builder b = route.request().json(body);
        appParams.asMap().forEach(b::appParam);
        return b.build();
    }

    @Override
    public String toString() {
        return "MangaClient[" + bili + "]";
    }
}
