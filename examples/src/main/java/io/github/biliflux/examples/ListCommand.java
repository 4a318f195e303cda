package io.github.biliflux.examples;

import io.github.biliflux.core.PagedFlux;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import reactor.core.publisher.Flux;

/**
 * A command that streams a list: {@code --limit} (checked before anything is sent) and, through
 * {@link Paged}, {@code --page-size} for the lists whose endpoint takes one. A subclass that checks
 * more arguments calls {@code super.check()}.
 */
abstract class ListCommand extends ApiCommand {

    @Mixin
    ListOptions list = new ListOptions();

    @Override
    void check() {
        list.limit();
    }

    /** A list whose endpoint takes a page size. */
    abstract static class Paged extends ListCommand {

        @Mixin
        PageSize pageSize = new PageSize();

        /**
         * The list with {@code --page-size} when one was given, else with the endpoint's default.
         *
         * @param <L>       the list's type (a {@link PagedFlux} or a plain {@code Flux})
         * @param sized     the list for a given page size
         * @param byDefault the list with the endpoint's page size
         * @return the list to stream
         */
        <L extends Flux<?>> L paged(IntFunction<L> sized, Supplier<L> byDefault) {
            return pageSize.given() ? sized.apply(pageSize.value) : byDefault.get();
        }
    }
}
