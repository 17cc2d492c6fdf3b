package io.github.cameldatagrok.grafana.emulator.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;

/**
 * The five routes of one Kubernetes-style resource, {@code /apis/<group>/<version>/namespaces/<ns>/<resource>}:
 * list (paged), get, create (201), update ({@code PUT}) and delete. Each checks version and namespace first, and
 * a store's refusal becomes its Status error; a resource says how its objects are stored and shown.
 *
 * @param <T> the stored object
 */
public abstract class ResourceRoutes<T> implements ApiArea {

    protected final ResourceApi api;
    private final String base;

    protected ResourceRoutes(String group, String resource, String kind) {
        this.api = new ResourceApi(group, resource, kind);
        this.base = "/apis/" + group + "/{version}/namespaces/{namespace}/" + resource;
    }

    /** Every object of the org, in list order. */
    protected abstract List<T> all(GrafanaOrg org);

    protected abstract Optional<T> find(GrafanaOrg org, String name);

    protected abstract long resourceVersion(T object);

    /** The object as the API shows it. */
    protected abstract ObjectNode resource(Exchange exchange, GrafanaOrg org, T object);

    /** Creates {@code name} from the request, or answers a refusal and returns null. */
    protected abstract T create(Exchange exchange, GrafanaOrg org, String name, ObjectNode body)
            throws IOException, StoreException;

    /** Replaces {@code name} (whose {@code metadata.name} matched) from the request, or answers and returns null. */
    protected abstract T update(Exchange exchange, GrafanaOrg org, String name, ObjectNode body)
            throws IOException, StoreException;

    /** Deletes {@code name} and returns what the answer carries, or answers and returns null. */
    protected abstract ObjectNode delete(Exchange exchange, GrafanaOrg org, String name)
            throws IOException, StoreException;

    @Override
    public void register(Router router) {
        router.get(base, this::list);
        router.post(base, this::create);
        router.get(base + "/{name}", this::get);
        router.put(base + "/{name}", this::update);
        router.delete(base + "/{name}", this::delete);
    }

    /** The Status error of a store's refusal; a resource adds the refusals only it has. */
    protected void error(Exchange exchange, String name, StoreException refused) throws IOException {
        switch (refused.kind()) {
            case NOT_FOUND -> api.notFound(exchange, name);
            case UID_EXISTS -> api.alreadyExists(exchange, name);
            case VERSION_MISMATCH -> api.conflict(exchange, name);
            default -> api.badRequest(exchange, refused.getMessage());
        }
    }

    private void list(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, false);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        List<T> all = all(org);
        ResourceApi.Page page = api.page(exchange, all.size());
        if (page == null) {
            return;
        }
        long newest = all.stream().mapToLong(this::resourceVersion).max().orElse(0);
        List<ObjectNode> items = new ArrayList<>();
        for (int i = page.from(); i < page.to(); i++) {
            items.add(resource(exchange, org, all.get(i)));
        }
        exchange.sendJson(200, api.list(exchange, items, page, newest));
    }

    private void get(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, false);
        if (call == null) {
            return;
        }
        GrafanaOrg org = call.org();
        String name = exchange.pathParam("name");
        T object = find(org, name).orElse(null);
        if (object == null) {
            api.notFound(exchange, name);
            return;
        }
        exchange.sendJson(200, resource(exchange, org, object));
    }

    private void create(Exchange exchange) throws IOException {
        write(exchange, true);
    }

    private void update(Exchange exchange) throws IOException {
        write(exchange, false);
    }

    /** A create names the object in its body (201), an update in the URL, which its body must repeat (200). */
    private void write(Exchange exchange, boolean creating) throws IOException {
        ResourceApi.Call call = api.call(exchange, true);
        if (call == null) {
            return;
        }
        String name = creating ? api.nameForCreate(exchange, call.body()) : exchange.pathParam("name");
        if (name == null || !creating && !api.nameMatches(exchange, call.body(), name)) {
            return;
        }
        try {
            T written = creating ? create(exchange, call.org(), name, call.body())
                    : update(exchange, call.org(), name, call.body());
            if (written != null) {
                exchange.sendJson(creating ? 201 : 200, resource(exchange, call.org(), written));
            }
        } catch (StoreException refused) {
            error(exchange, name, refused);
        }
    }

    private void delete(Exchange exchange) throws IOException {
        ResourceApi.Call call = api.call(exchange, false);
        if (call == null) {
            return;
        }
        String name = exchange.pathParam("name");
        try {
            ObjectNode deleted = delete(exchange, call.org(), name);
            if (deleted != null) {
                exchange.sendJson(200, deleted);
            }
        } catch (StoreException refused) {
            error(exchange, name, refused);
        }
    }
}
