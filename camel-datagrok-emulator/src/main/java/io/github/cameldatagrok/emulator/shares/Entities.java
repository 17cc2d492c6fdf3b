package io.github.cameldatagrok.emulator.shares;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The shareable entities of all areas: asks each registered {@link EntityResolver} in turn. */
public final class Entities {

    private final List<EntityResolver> resolvers = new CopyOnWriteArrayList<>();

    /** Adds the entities of one area (dashboards, say) to those that can be shared. */
    public Entities register(EntityResolver resolver) {
        resolvers.add(resolver);
        return this;
    }

    public Optional<SharedEntity> find(String idOrDottedName) {
        for (EntityResolver resolver : resolvers) {
            Optional<SharedEntity> entity = resolver.find(idOrDottedName);
            if (entity.isPresent()) {
                return entity;
            }
        }
        return Optional.empty();
    }
}
