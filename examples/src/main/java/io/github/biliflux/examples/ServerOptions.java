package io.github.biliflux.examples;

import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Where the server is and how to reach it: the options of every command that talks to one, including
 * {@code login} and {@code refresh}. {@link Session#configure} turns them into client settings.
 */
class ServerOptions {

    @Option(names = "--debug", description = "stack traces and the library's debug log on stderr")
    boolean debug;

    @Option(names = "--emulator", description = "use the embedded emulator even when credentials are set")
    boolean emulator;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "send every request to this server (all hosts at one base, e.g. http://127.0.0.1:8080); default $BILI_BASE_URL")
    URI baseUrl;

    @Option(names = "--proxy", paramLabel = "HOST:PORT",
            description = "an HTTP proxy (or socks5://HOST:PORT); default $HTTPS_PROXY for https servers, $HTTP_PROXY for http ones, minus $NO_PROXY")
    String proxy;

    @Option(names = "--rate", paramLabel = "N", description = "at most N requests per second per host, 1..10000 (default 4; 200 on the embedded emulator)")
    Integer rate;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = CommonOptions.DurationConverter.class,
            description = "the most one attempt may take, sending the request and reading the whole answer,"
                    + " e.g. 30s, 500ms, 2m (default 15s)")
    Duration timeout;
}
