package io.github.cameldatagrok.docs;

import io.github.cameldatagrok.support.docs.ComponentDocsCheck;

/** The options tables of {@code datagrok-component.adoc} match the generated component JSON. */
class ComponentDocsTest extends ComponentDocsCheck {

    ComponentDocsTest() {
        super("src/main/docs/datagrok-component.adoc", "/META-INF/io/github/cameldatagrok/component/datagrok.json",
                "Datagrok");
    }
}
