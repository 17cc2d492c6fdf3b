package io.github.cameldatagrok.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatagrokClientConfigTest {

    private static DatagrokClientConfig.Builder valid() {
        return DatagrokClientConfig.builder().baseUrl("https://dg.example/api").apiKey("k3y");
    }

    @Test
    void bearerIsPrependedToABareKey() {
        assertThat(valid().build().authorizationHeader()).isEqualTo("Bearer k3y");
    }

    @Test
    void aFullHeaderValueIsSentAsGiven() {
        assertThat(valid().apiKey("Bearer abc").build().authorizationHeader()).isEqualTo("Bearer abc");
        assertThat(valid().apiKey("bearer abc").build().authorizationHeader()).isEqualTo("bearer abc");
    }

    @Test
    void trailingSlashesAreStripped() {
        assertThat(valid().baseUrl("https://dg.example/api//").build().getBaseUrl()).isEqualTo("https://dg.example/api");
    }

    @Test
    void missingOrBadSettingsAreNamed() {
        assertThatThrownBy(() -> valid().apiKey(null).build()).hasMessageContaining("API key is missing");
        assertThatThrownBy(() -> valid().apiKey("  ").build()).hasMessageContaining("API key is missing");
        assertThatThrownBy(() -> valid().baseUrl(null).build()).hasMessageContaining("base URL is missing");
        assertThatThrownBy(() -> valid().baseUrl("dg.example/api").build())
                .hasMessageContaining("must start with http:// or https://");
        assertThatThrownBy(() -> valid().maxAttempts(0).build()).hasMessageContaining("maxAttempts");
    }

    @Test
    void toStringHidesTheKeyAndProxyPassword() {
        DatagrokClientConfig config = valid().apiKey("s3cret-key").proxy("proxy", 3128)
                .proxyAuth("user", "proxy-pass").build();
        assertThat(config.toString()).doesNotContain("s3cret-key").doesNotContain("proxy-pass").contains("***");
    }
}
