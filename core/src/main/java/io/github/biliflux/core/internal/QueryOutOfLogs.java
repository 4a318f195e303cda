package io.github.biliflux.core.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import reactor.netty.Connection;

/**
 * Keeps signed query strings (access_key, sign, w_rid) out of Reactor Netty's DEBUG logs, which
 * print each request's URI: the transport hands Reactor Netty the URI without its query and
 * carries the query in a private header, which this handler moves into the request line just
 * before the HTTP encoder writes it.
 */
final class QueryOutOfLogs extends ChannelOutboundHandlerAdapter {

    static final String HEADER = "x-biliflux-query";
    private static final String NAME = "biliflux.queryOutOfLogs";

    static void install(Connection connection) {
        if (connection.channel().pipeline().get(NAME) == null) {
            connection.addHandlerLast(NAME, new QueryOutOfLogs());
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpRequest request) {
            String query = request.headers().get(HEADER);
            if (query != null) {
                request.headers().remove(HEADER);
                request.setUri(request.uri() + "?" + query);
            }
        }
        super.write(ctx, msg, promise);
    }
}
