package io.github.cameldatagrok.component.springboot;

import io.github.cameldatagrok.component.DatagrokComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.datagrok.*} to the datagrok component when Camel creates it, as Camel's own
 * starters do: a {@link ComponentCustomizer} copies every set property through the component's generated
 * configurer (so Camel's type conversion, {@code #bean} references and property placeholders apply). Turned off
 * with {@code camel.component.datagrok.enabled=false}; the customizer alone with
 * {@code camel.component.datagrok.customizer.enabled=false} (or {@code camel.component.customizer.enabled=false}).
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, DatagrokComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, DatagrokComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.datagrok"})
public class DatagrokComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final DatagrokComponentConfiguration configuration;

    public DatagrokComponentAutoConfiguration(ApplicationContext applicationContext,
            DatagrokComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureDatagrokComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", "camel.component.datagrok.customizer")
                        && target instanceof DatagrokComponent;
            }
        };
    }
}
