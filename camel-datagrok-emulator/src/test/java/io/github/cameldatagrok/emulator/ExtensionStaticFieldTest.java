package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionStaticFieldTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create(b -> b.apiKey("static-key"));

    private static DatagrokEmulator firstEmulator;

    @Test
    @Order(1)
    void startsOnceForTheClass() {
        firstEmulator = DATAGROK.emulator();
        assertThat(DATAGROK.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api");
        assertThat(DATAGROK.apiKey()).isEqualTo("static-key");
        DATAGROK.emulator().faults().add(Fault.on("*", ".*").status(500));
        DATAGROK.emulator().tables().put("Admin:Kept:Kept", "a\n1\n");
        Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck");
    }

    @Test
    @Order(2)
    void faultsAndRequestLogAreResetBeforeEachTestButTablesAreKept() {
        assertThat(DATAGROK.emulator()).isSameAs(firstEmulator);
        assertThat(DATAGROK.emulator().faults().list()).isEmpty();
        assertThat(DATAGROK.emulator().requests()).isEmpty();
        assertThat(DATAGROK.emulator().tables().names()).containsExactly("Admin:Kept:Kept");
        assertThat(Http.bearer(DATAGROK.emulator()).get("/public/v1/healthcheck").statusCode()).isEqualTo(200);
    }
}
