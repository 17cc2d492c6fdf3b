package io.github.cameldatagrok.emulator.packages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Installed packages and their published versions. Seeded with {@code Chem} (two versions, 1.4.0 current) and
 * {@code PowerPack} (one); {@link #add} and {@link #publish} add more. Packages are read-only over the public API.
 */
public final class PackageStore {

    /** A package: {@code name} is its short name ({@code Chem}), {@code fullName} the npm name. */
    public record Package(String id, String name, String friendlyName, String fullName, String description,
            String category, Instant createdOn) {
    }

    /** One published version of a package; {@code current} is the version the server runs. */
    public record PublishedVersion(String id, String packageId, String name, String version, boolean current,
            boolean debug, String author, String commit, Instant publishedOn) {
    }

    private final String login;
    private final Map<String, Package> packages = new LinkedHashMap<>();
    private final Map<String, PublishedVersion> versions = new LinkedHashMap<>();

    public PackageStore(String login) {
        this.login = login;
        seed();
    }

    private void seed() {
        add("Chem", "@datagrok/chem", "Cheminformatics support: molecules, substructure search, descriptors",
                "Cheminformatics");
        publish("Chem", "1.3.2");
        publish("Chem", "1.4.0");
        add("PowerPack", "@datagrok/power-pack", "Commonly used platform enhancements", "Core");
        publish("PowerPack", "1.2.1");
    }

    public synchronized void reset() {
        packages.clear();
        versions.clear();
        seed();
    }

    /** Installs a package (no version yet); returns it. */
    public synchronized Package add(String name, String fullName, String description, String category) {
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("Package already exists: " + name);
        }
        Package pkg = new Package(UUID.randomUUID().toString(), name, name, fullName, description, category,
                Instant.now());
        packages.put(pkg.id(), pkg);
        return pkg;
    }

    /** Publishes a version of a package, which becomes its current one. */
    public synchronized PublishedVersion publish(String packageName, String version) {
        Package pkg = find(packageName).orElseThrow(() -> new IllegalArgumentException("No package " + packageName));
        versions.replaceAll((id, v) -> v.packageId().equals(pkg.id()) && v.current()
                ? new PublishedVersion(v.id(), v.packageId(), v.name(), v.version(), false, v.debug(), v.author(),
                        v.commit(), v.publishedOn())
                : v);
        PublishedVersion published = new PublishedVersion(UUID.randomUUID().toString(), pkg.id(), pkg.name(), version,
                true, false, login, Integer.toHexString(version.hashCode()), Instant.now());
        versions.put(published.id(), published);
        return published;
    }

    /** By id or short name (case-insensitive). */
    public synchronized Optional<Package> find(String idOrName) {
        Package byId = packages.get(idOrName.toLowerCase(Locale.ROOT));
        return byId != null ? Optional.of(byId)
                : packages.values().stream().filter(p -> p.name().equalsIgnoreCase(idOrName)).findFirst();
    }

    public synchronized List<Package> all() {
        return List.copyOf(packages.values());
    }

    public synchronized Optional<PublishedVersion> findVersion(String id) {
        return Optional.ofNullable(versions.get(id.toLowerCase(Locale.ROOT)));
    }

    public synchronized List<PublishedVersion> versions() {
        return new ArrayList<>(versions.values());
    }
}
