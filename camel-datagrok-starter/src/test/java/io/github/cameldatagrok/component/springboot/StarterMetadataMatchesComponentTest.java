package io.github.cameldatagrok.component.springboot;

import io.github.cameldatagrok.component.DatagrokComponent;
import io.github.cameldatagrok.support.docs.StarterMetadataCheck;

/**
 * The starter's IDE metadata against the component's generated datagrok.json: every component option is a
 * {@code camel.component.datagrok.*} property with the same description, default and type, secrets have no default,
 * and the starter has no property the component lacks.
 */
class StarterMetadataMatchesComponentTest extends StarterMetadataCheck {

    StarterMetadataMatchesComponentTest() {
        super(DatagrokComponent.class, "datagrok.json", DatagrokComponentConfiguration.class);
    }
}
