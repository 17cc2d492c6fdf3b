package io.github.cameldatagrok.grafana.component.springboot;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.support.docs.StarterMetadataCheck;

/**
 * The starter's IDE metadata against the component's generated grafana.json: every component option is a
 * {@code camel.component.grafana.*} property with the same description, default and type, the secrets (token,
 * username, password, proxy credentials) are plain strings without default, and nothing is extra.
 */
class StarterMetadataMatchesComponentTest extends StarterMetadataCheck {

    StarterMetadataMatchesComponentTest() {
        super(GrafanaComponent.class, "grafana.json", GrafanaComponentConfiguration.class);
    }
}
