package io.github.cameldatagrok.emulator.packages;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.api.Answers;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Json;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.emulator.search.SmartFilter;

/**
 * Packages, read-only, as Python {@code packages.*} and {@code published_packages.*} read them:
 * {@code GET /public/v1/packages[?text=…]}, {@code GET /public/v1/packages/{idOrName}},
 * {@code GET /public/v1/packages/published[?text=…&packageId=…]} and {@code GET /public/v1/packages/published/{id}}.
 * Unknown packages and versions are ApiErrors (errorCode 404).
 */
public final class PackagesApi implements ApiArea {

    static final SmartFilter<PackageStore.Package> FILTER =
            new SmartFilter<PackageStore.Package>(p -> Arrays.asList(p.name(), p.fullName(), p.description()))
                    .text("name", PackageStore.Package::name)
                    .text("shortName", PackageStore.Package::name)
                    .text("category", PackageStore.Package::category);

    static final SmartFilter<PackageStore.PublishedVersion> VERSION_FILTER =
            new SmartFilter<PackageStore.PublishedVersion>(v -> Arrays.asList(v.name(), v.version()))
                    .text("name", PackageStore.PublishedVersion::name)
                    .text("version", PackageStore.PublishedVersion::version)
                    .bool("isCurrent", PackageStore.PublishedVersion::current)
                    .bool("debug", PackageStore.PublishedVersion::debug);

    private final PackageStore store;

    public PackagesApi(PackageStore store) {
        this.store = store;
    }

    @Override
    public void register(Router router) {
        router.get("/public/v1/packages/published", this::versions);
        router.get("/public/v1/packages/published/{id}", this::version);
        router.get("/public/v1/packages", this::list);
        router.get("/public/v1/packages/{package}", this::get);
    }

    void list(Exchange exchange) throws IOException {
        Predicate<PackageStore.Package> filter = Answers.filter(exchange, FILTER);
        if (filter != null) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            store.all().stream().filter(filter).forEach(p -> list.add(json(p)));
            exchange.sendJson(200, list);
        }
    }

    void get(Exchange exchange) throws IOException {
        String name = exchange.pathParam("package");
        Answers.entity(exchange, store.find(name), "Package", name, PackagesApi::json);
    }

    void versions(Exchange exchange) throws IOException {
        Predicate<PackageStore.PublishedVersion> filter = Answers.filter(exchange, VERSION_FILTER);
        if (filter == null) {
            return;
        }
        String packageId = exchange.queryParam("packageId");
        if (packageId != null && !packageId.isEmpty()) {
            filter = filter.and(v -> v.packageId().equalsIgnoreCase(packageId));
        }
        ArrayNode list = Json.MAPPER.createArrayNode();
        store.versions().stream().filter(filter).forEach(v -> list.add(json(v)));
        exchange.sendJson(200, list);
    }

    void version(Exchange exchange) throws IOException {
        String id = exchange.pathParam("id");
        Answers.entity(exchange, store.findVersion(id), "Published package", id, PackagesApi::json);
    }

    static ObjectNode json(PackageStore.Package pkg) {
        ObjectNode json = Json.object();
        json.put("#type", "Package");
        json.put("id", pkg.id());
        json.put("name", pkg.name());
        json.put("friendlyName", pkg.friendlyName());
        json.put("fullName", pkg.fullName());
        json.put("description", pkg.description());
        json.put("category", pkg.category());
        json.putNull("imageUrl");
        json.putNull("url");
        json.put("createdOn", Json.timestamp(pkg.createdOn()));
        json.put("updatedOn", Json.timestamp(pkg.createdOn()));
        return json;
    }

    static ObjectNode json(PackageStore.PublishedVersion version) {
        ObjectNode json = Json.object();
        json.put("#type", "PublishedPackage");
        json.put("id", version.id());
        json.put("name", version.name());
        json.put("friendlyName", version.name());
        json.put("version", version.version());
        json.put("isCurrent", version.current());
        json.put("debug", version.debug());
        json.put("packageAuthor", version.author());
        json.put("publishedOn", Json.timestamp(version.publishedOn()));
        json.put("commit", version.commit());
        ObjectNode pkg = json.putObject("package");
        pkg.put("id", version.packageId());
        pkg.put("name", version.name());
        json.put("createdOn", Json.timestamp(version.publishedOn()));
        json.put("updatedOn", Json.timestamp(version.publishedOn()));
        return json;
    }
}
