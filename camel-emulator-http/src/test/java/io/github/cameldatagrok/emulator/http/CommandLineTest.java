package io.github.cameldatagrok.emulator.http;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private static final Set<String> OPTIONS = Set.of("--port", "--token");

    @Test
    void readsBothOptionForms() {
        CommandLine line = CommandLine.parse(new String[] {"--port", "3000", "--token=t"}, OPTIONS);
        assertThat(line.help()).isFalse();
        assertThat(line.intValue("--port", 1)).isEqualTo(3000);
        assertThat(line.value("--token")).isEqualTo("t");
        assertThat(line.value("--host")).isNull();
        assertThat(CommandLine.parse(new String[0], OPTIONS).intValue("--port", 7)).isEqualTo(7);
    }

    @Test
    void helpWinsAnywhere() {
        assertThat(CommandLine.parse(new String[] {"--port", "1", "-h"}, OPTIONS).help()).isTrue();
    }

    @Test
    void badArgumentsNameTheOption() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--bogus", "1"}, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"}, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "--token", "x"}, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "http"}, OPTIONS).intValue("--port", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
    }
}
