package io.github.cameldatagrok.component.springboot;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.component.DatagrokConfiguration;
import io.github.cameldatagrok.component.DatagrokConstants;
import io.github.cameldatagrok.emulator.files.FileStore;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application using the starter, configured only by application.properties, against the emulator
 * over real HTTP: properties reach the component, and tables, calls and the file consumer work.
 */
@ExtendWith(SpringEmulator.class)
@DatagrokSpringBootTest
@SpringBootTest(classes = StarterTestApplication.class)
class DatagrokStarterRoutesTest {

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    ConsumerTemplate consumer;
    @Autowired
    StarterTestApplication.RecordingConfigurer recordingConfigurer;
    @Autowired
    SanitizingFunction sanitizer;

    @Test
    void applicationPropertiesConfigureTheComponent() {
        DatagrokConfiguration config = camelContext.getComponent("datagrok", DatagrokComponent.class).getConfiguration();
        assertThat(config.getBaseUrl()).isEqualTo(SpringEmulator.emulator().baseUrl());
        assertThat(config.getApiKey()).isEqualTo(SpringEmulator.API_KEY);
        assertThat(config.getMaxAttempts()).isEqualTo(2);
        assertThat(config.getConnectTimeout()).isEqualTo(5000L);
        // the #bean:recordingConfigurer reference went through the starter's converter to the Spring bean
        assertThat(config.getHttpClientConfigurer()).isSameAs(recordingConfigurer);
        // an option left unset keeps the component's default
        assertThat(config.getResponseTimeout()).isEqualTo(new DatagrokConfiguration().getResponseTimeout());
    }

    @Test
    void theApiKeyIsMaskedInActuatorAnswersWhateverShowValuesSays() {
        for (String secret : new String[] {"camel.component.datagrok.api-key", "CAMEL_COMPONENT_DATAGROK_APIKEY",
            "camel.component.datagrok.proxyAuthPassword"}) {
            assertThat(sanitizer.apply(new SanitizableData(null, secret, SpringEmulator.API_KEY)).getValue())
                    .as(secret).isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
        assertThat(sanitizer.apply(new SanitizableData(null, "camel.component.datagrok.base-url", "u")).getValue())
                .isEqualTo("u");
    }

    @Test
    void tableUploadAndDownload() throws Exception {
        String csv = "id,customer,total\n1,Ada,12.5\n2,Linus,7\n";
        Exchange uploaded = producer.request("direct:upload", e -> e.getMessage().setBody(csv));
        assertThat(uploaded.getException()).isNull();
        assertThat(uploaded.getMessage().getHeader(DatagrokConstants.TABLE_ID, String.class)).isNotBlank();
        assertThat(SpringEmulator.emulator().tables().readCsv("Admin:Starter:Orders")).isEqualTo(csv);

        String downloaded = producer.requestBody("direct:download", null, String.class);
        assertThat(downloaded).isEqualTo(csv);
        assertThat(recordingConfigurer.calls).hasPositiveValue();
    }

    @Test
    void functionCall() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(DatagrokConstants.INPUT_PREFIX + "a", 17);
        inputs.put(DatagrokConstants.INPUT_PREFIX + "b", 5);
        Map<String, Object> result = producer.requestBodyAndHeaders("direct:divide", null, inputs, Map.class);
        assertThat(result).containsEntry("quotient", 3).containsEntry("remainder", 2);
    }

    @Test
    void fileConsumerEmitsArrivingFiles() {
        SpringEmulator.emulator().files().put(FileStore.DEMO_FILES, "starter-inbox/hello.txt",
                "hello from Datagrok".getBytes(StandardCharsets.UTF_8));
        Exchange arrived = consumer.receive("seda:arrived", 15_000);
        assertThat(arrived).isNotNull();
        assertThat(arrived.getMessage().getBody(String.class)).isEqualTo("hello from Datagrok");
        assertThat(arrived.getMessage().getHeader(Exchange.FILE_NAME, String.class)).isEqualTo("hello.txt");
    }
}
