package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionInstanceFieldTest {

    private static final Set<DatagrokEmulator> SEEN = new HashSet<>();

    @RegisterExtension
    DatagrokEmulatorExtension datagrok = DatagrokEmulatorExtension.create();

    @RepeatedTest(2)
    void eachTestGetsAFreshEmulator() {
        assertThat(datagrok.emulator().isRunning()).isTrue();
        assertThat(datagrok.emulator().tables().names()).isEmpty();
        datagrok.emulator().tables().put("Admin:A:A", "x\n1\n");
        assertThat(Http.bearer(datagrok.emulator()).get("/public/v1/tables/A").body()).isEqualTo("x\n1\n");
        SEEN.add(datagrok.emulator());
    }

    @AfterAll
    static void everyEmulatorWasClosed() {
        assertThat(SEEN).hasSize(2).noneMatch(DatagrokEmulator::isRunning);
    }
}
