package io.github.biliflux.core.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.channel.ChannelPipeline;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;

/**
 * Keeps signed query strings (access_key, sign, w_rid) out of Reactor Netty's DEBUG logs, which
 * print each request's URI: the transport hands Reactor Netty the URI without its query and
 * carries the query in a private header, which this handler moves into the request line just
 * before the HTTP encoder writes it.
 */
final class QueryOutOfLogs extends ChannelOutboundHandlerAdapter {

    static final String HEADER = "x-biliflux-query";
    private static final String NAME = "biliflux.queryOutOfLogs";

    /**
     * Installs the handler on a new connection, for the connection's life: just before Reactor
     * Netty's bridge, so that it sees the request object before the HTTP encoder does.
     */
    static void install(Connection connection) {
        ChannelPipeline pipeline = connection.channel().pipeline();
        if (pipeline.get(NAME) != null) {
            return;
        }
        if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
            pipeline.addBefore(NettyPipeline.ReactiveBridge, NAME, new QueryOutOfLogs());
        } else {
            pipeline.addLast(NAME, new QueryOutOfLogs());
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
