package io.github.cameldatagrok.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrokNamesTest {

    @Test
    void everyColonBecomesAPeriod() {
        assertThat(GrokNames.toPathSegment("Admin:Sales:Orders")).isEqualTo("Admin.Sales.Orders");
        assertThat(GrokNames.toPathSegment("System:DemoFiles")).isEqualTo("System.DemoFiles");
        assertThat(GrokNames.toPathSegment("Orders")).isEqualTo("Orders");
    }

    @Test
    void uuidsPassUnchanged() {
        String id = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6";
        assertThat(GrokNames.isUuid(id)).isTrue();
        assertThat(GrokNames.toPathSegment(id)).isEqualTo(id);
        assertThat(GrokNames.isUuid("Admin:Sales")).isFalse();
    }

    @Test
    void eachSegmentIsPercentEncoded() {
        assertThat(GrokNames.toPathSegment("Admin:My Sales:Q1/Q2#x?y"))
                .isEqualTo("Admin.My%20Sales.Q1%2FQ2%23x%3Fy");
        assertThat(GrokNames.toPathSegment("Zürich")).isEqualTo("Z%C3%BCrich");
        assertThat(GrokNames.toPathSegment("a%b+c")).isEqualTo("a%25b%2Bc");
        assertThat(GrokNames.encodeSegment("A-z_0.9~")).isEqualTo("A-z_0.9~");
    }

    @Test
    void filePathsKeepTheirSlashes() {
        assertThat(GrokNames.toFilePath("incoming/2026 Q1/report #1.csv"))
                .isEqualTo("incoming/2026%20Q1/report%20%231.csv");
        assertThat(GrokNames.toFilePath("/a/b.csv")).isEqualTo("a/b.csv");
    }

    @Test
    void emptyNamesAreRefused() {
        assertThatThrownBy(() -> GrokNames.toPathSegment(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Grok name is empty");
        assertThatThrownBy(() -> GrokNames.toFilePath(null)).hasMessageContaining("file path is empty");
    }

    @Test
    void dotSegmentsAndControlCharactersAreRefused() {
        for (String name : new String[] {".", "..", ":", "::"}) {
            assertThatThrownBy(() -> GrokNames.toPathSegment(name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path segment");
        }
        for (String path : new String[] {"a/../b.txt", "./a.txt", "a/..", "a/./b"}) {
            assertThatThrownBy(() -> GrokNames.toFilePath(path)).as(path)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment");
        }
        assertThatThrownBy(() -> GrokNames.toPathSegment("Admin:A\r\nB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> GrokNames.toFilePath("a/b\n.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrokNames.pathSegment("..", "user")).isInstanceOf(IllegalArgumentException.class);
        // periods inside a name are fine: only whole dot segments are
        assertThat(GrokNames.toPathSegment("Admin:...x")).isEqualTo("Admin....x");
        assertThat(GrokNames.toFilePath("a/.hidden/..b")).isEqualTo("a/.hidden/..b");
    }
}
