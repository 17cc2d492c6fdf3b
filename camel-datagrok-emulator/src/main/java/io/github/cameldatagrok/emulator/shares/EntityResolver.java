package io.github.cameldatagrok.emulator.shares;

import java.util.Optional;

/**
 * Finds an entity of one kind by UUID or dotted Grok name, as it appears in share routes. Each area that owns
 * shareable entities (tables, later dashboards) registers one with {@link Entities#register(EntityResolver)}.
 */
@FunctionalInterface
public interface EntityResolver {

    Optional<SharedEntity> find(String idOrDottedName);
}
