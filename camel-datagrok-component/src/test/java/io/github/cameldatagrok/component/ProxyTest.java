package io.github.cameldatagrok.component;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests go through the configured HTTP proxy. The base URL names a host that does not resolve, so the only way to
 * reach a server is through the proxy; the emulator stands in for the proxy, answering the absolute-form requests a
 * client sends to a forward proxy.
 */
class ProxyTest extends DatagrokTestSupport {

    private static final String UNRESOLVABLE = "http://datagrok.invalid/api";

    @Test
    void requestsGoThroughTheProxy() {
        emulator().tables().put("Admin:Proxy:T", "via\nproxy\n");
        String uri = "datagrok:table:Admin:Proxy:T?action=download&outputType=string&baseUrl=" + UNRESOLVABLE
                + "&proxyHost=127.0.0.1&proxyPort=" + emulator().port();
        assertThat(template.requestBody(uri, (Object) null, String.class)).isEqualTo("via\nproxy\n");
        assertThat(emulator().requests("GET", "/public/v1/tables/Admin.Proxy.T")).hasSize(1);
    }

    @Test
    void functionCallsOnTheAsyncClientGoThroughTheProxyToo() {
        String uri = "datagrok:call:Abs?baseUrl=" + UNRESOLVABLE + "&proxyHost=127.0.0.1&proxyPort=" + emulator().port();
        assertThat(template.requestBody(uri, java.util.Map.of("x", -4))).isEqualTo(4.0);
        assertThat(emulator().requests("POST", "/public/v1/functions/Abs/call")).hasSize(1);
    }

    @Test
    void withoutTheProxyTheHostIsUnreachable() {
        String uri = "datagrok:table:Admin:Proxy:T?action=download&maxAttempts=1&baseUrl=" + UNRESOLVABLE;
        assertThatThrownBy(() -> template.requestBody(uri, (Object) null))
                .hasRootCauseInstanceOf(java.net.UnknownHostException.class);
    }

    @Test
    void proxyHostWithoutPortIsRefused() {
        assertThatThrownBy(() -> template.requestBody(
                "datagrok:table:Admin:Proxy:T?action=download&proxyHost=127.0.0.1", (Object) null))
                .satisfies(e -> assertThat(rootMessage(e)).contains("proxyPort"));
    }
}
