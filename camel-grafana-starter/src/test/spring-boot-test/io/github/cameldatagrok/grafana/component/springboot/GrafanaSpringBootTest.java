package io.github.cameldatagrok.grafana.component.springboot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the camel-4.22 line: nothing beyond the test's own {@code @SpringBootTest}, because
 * camel-test-spring-junit5 and camel-test-spring-junit6 4.22.0 (which hold {@code @CamelSpringBootTest}) are not
 * served by the Maven registry here; camel-spring-boot starts and stops the CamelContext with the Spring context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface GrafanaSpringBootTest {
}
