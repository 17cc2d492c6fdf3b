package io.github.cameldatagrok.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A user's route test on the page's base class reaches the emulator it starts. */
class MyRouteUsageTest extends MyRouteTest {

    @Test
    void routesTalkToTheEmulator() {
        DATAGROK.emulator().tables().put("Admin:Mine:T", "a\n1\n");
        assertThat(template.requestBody("datagrok:table:Admin:Mine:T?action=download&outputType=string", null,
                String.class)).isEqualTo("a\n1\n");
        assertThat(template.requestBody("datagrok:call:Abs", Map.of("x", -2.0))).isEqualTo(2.0);
    }
}
