package io.github.cameldatagrok.grafana.component.springboot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;

/**
 * Camel's {@link CamelSpringBootTest} on this Camel line. The camel-4.22 line has its own copy of this annotation
 * (src/test/spring-boot-test) because camel-test-spring-junit5/-junit6 4.22.0 are not served.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@CamelSpringBootTest
public @interface GrafanaSpringBootTest {
}
