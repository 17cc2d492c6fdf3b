package io.github.cameldatagrok.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.emulator.DatagrokEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATAGROK_URL and DATAGROK_API_KEY configure a component that is given nothing else. Environment variables cannot be
 * set inside a running JVM, so a second JVM runs {@link Probe} with them.
 */
class EnvironmentVariablesTest {

    @RegisterExtension
    static final DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    @Test
    void componentReadsTheEnvironment() throws Exception {
        DATAGROK.emulator().tables().put("Admin:Env:T", "from,env\n1,2\n");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true);
        java.environment().put("DATAGROK_URL", DATAGROK.baseUrl());
        java.environment().put("DATAGROK_API_KEY", DATAGROK.apiKey());
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("TABLE[from,env\n1,2\n]");
    }

    /** Downloads a table with a component that has no baseUrl or apiKey of its own. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            try (CamelContext context = new DefaultCamelContext()) {
                context.start();
                String csv = context.createProducerTemplate().requestBody(
                        "datagrok:table:Admin:Env:T?action=download&outputType=string", null, String.class);
                System.out.println("TABLE[" + csv + "]");
            }
        }
    }
}
