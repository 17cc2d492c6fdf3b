package io.github.cameldatagrok.grafana.component.springboot;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.component.GrafanaConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switches Camel's starters have, on the auto-configuration as Spring Boot loads it: properties reach the
 * component; {@code camel.component.grafana.enabled=false} leaves the starter out; the customizer can be turned off
 * for this component or for all; a user's own {@link ComponentCustomizer} runs beside the starter's; the secret
 * options are masked in actuator's answers.
 */
class GrafanaAutoConfigurationSwitchesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, GrafanaComponentConverter.class,
                    GrafanaComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.grafana.base-url=http://grafana.example:3000",
                    "camel.component.grafana.org-id=7", "camel.component.grafana.api-version=v1beta1");

    @Test
    void propertiesReachTheComponentThroughItsConfigurer() {
        runner.run(context -> {
            GrafanaConfiguration config = grafana(context);
            assertThat(config.getBaseUrl()).isEqualTo("http://grafana.example:3000");
            assertThat(config.getOrgId()).isEqualTo(7L);
            assertThat(config.getApiVersion()).hasToString("v1beta1");
        });
    }

    @Test
    void enabledFalseLeavesTheStarterOut() {
        runner.withPropertyValues("camel.component.grafana.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(GrafanaComponentAutoConfiguration.class)
                    .doesNotHaveBean(GrafanaComponentConfiguration.class);
            assertThat(grafana(context).getBaseUrl()).isNull();
        });
    }

    @Test
    void theCustomizerTurnsOffForThisComponentOrForAll() {
        for (String off : new String[] {"camel.component.grafana.customizer.enabled=false",
            "camel.component.customizer.enabled=false"}) {
            runner.withPropertyValues(off).run(context -> {
                assertThat(context).hasSingleBean(GrafanaComponentConfiguration.class);
                assertThat(grafana(context).getBaseUrl()).as(off).isNull();
                assertThat(grafana(context).getOrgId()).as(off).isNull();
            });
        }
    }

    @Test
    void aUsersCustomizerRunsBesideTheStarters() {
        runner.withBean("stackNamespace", ComponentCustomizer.class, () -> ComponentCustomizer.forType(
                GrafanaComponent.class, component -> component.getConfiguration().setNamespace("stacks-42")))
                .run(context -> {
                    assertThat(grafana(context).getNamespace()).isEqualTo("stacks-42");
                    assertThat(grafana(context).getBaseUrl()).isEqualTo("http://grafana.example:3000");
                });
    }

    @Test
    void secretsAreMaskedInActuatorAnswersUnderEveryNameAPropertySourceGivesThem() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean(SanitizingFunction.class);
            for (String secret : new String[] {"camel.component.grafana.token", "camel.component.grafana.password",
                "camel.component.grafana.proxy-auth-password", "camel.component.grafana.proxyAuthUsername",
                "CAMEL_COMPONENT_GRAFANA_USERNAME"}) {
                assertThat(sanitizer.apply(new SanitizableData(null, secret, "s3cr3t")).getValue()).as(secret)
                        .isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            for (String plain : new String[] {"camel.component.grafana.base-url", "grafana.token.rotation"}) {
                assertThat(sanitizer.apply(new SanitizableData(null, plain, "v")).getValue()).as(plain).isEqualTo("v");
            }
        });
    }

    private static GrafanaConfiguration grafana(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("grafana", GrafanaComponent.class).getConfiguration();
    }
}
