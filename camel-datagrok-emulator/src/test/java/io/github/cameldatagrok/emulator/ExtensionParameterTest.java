package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatagrokEmulatorExtension.class)
class ExtensionParameterTest {

    private final DatagrokEmulator fromConstructor;

    ExtensionParameterTest(DatagrokEmulator emulator) {
        this.fromConstructor = emulator;
    }

    @Test
    void constructorAndMethodParametersAreTheSameRunningEmulator(DatagrokEmulator emulator) {
        assertThat(emulator).isSameAs(fromConstructor);
        assertThat(emulator.isRunning()).isTrue();
        assertThat(emulator.apiKey()).isEqualTo(DatagrokEmulator.DEFAULT_API_KEY);
        assertThat(Http.bearer(emulator).get("/public/v1/healthcheck").statusCode()).isEqualTo(200);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PerClassLifecycle {

        private final DatagrokEmulator nested;

        PerClassLifecycle(DatagrokEmulator emulator) {
            this.nested = emulator;
        }

        @Test
        void nestedClassesShareTheOuterEmulator() {
            assertThat(nested).isSameAs(fromConstructor);
            assertThat(nested.isRunning()).isTrue();
        }
    }
}
