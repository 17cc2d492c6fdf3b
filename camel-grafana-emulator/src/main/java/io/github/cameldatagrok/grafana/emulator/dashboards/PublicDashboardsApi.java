package io.github.cameldatagrok.grafana.emulator.dashboards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameldatagrok.emulator.http.ApiArea;
import io.github.cameldatagrok.emulator.http.Exchange;
import io.github.cameldatagrok.emulator.http.Router;
import io.github.cameldatagrok.grafana.emulator.GrafanaOrg;
import io.github.cameldatagrok.grafana.emulator.dashboards.PublicDashboardStore.PublicDashboard;
import io.github.cameldatagrok.grafana.emulator.http.GrafanaErrors;
import io.github.cameldatagrok.grafana.emulator.http.JsonRequest;
import io.github.cameldatagrok.grafana.emulator.http.Names;
import io.github.cameldatagrok.grafana.emulator.http.Orgs;
import io.github.cameldatagrok.grafana.emulator.http.QueryNumbers;

/**
 * Public ("shared") dashboards, as in Grafana 10 to 13: with P = {@code /api/dashboards/uid/:dashboardUid/public-dashboards},
 * {@code POST P} (200), {@code PATCH P/:uid}, {@code GET P}, {@code DELETE P/:uid} (200, empty body), the paged list
 * {@code GET /api/dashboards/public-dashboards} ({@code perpage}, {@code page}, {@code totalCount}) and the anonymous
 * view {@code GET /api/public/dashboards/:accessToken}. Errors in the errutil shape with {@code publicdashboards.*}
 * message ids; bodies over 10 KiB are refused.
 */
public final class PublicDashboardsApi implements ApiArea {

    static final int MAX_BODY_BYTES = 10 * 1024;
    private static final String P = "/api/dashboards/uid/{dashboardUid}/public-dashboards";

    private final Supplier<List<GrafanaOrg>> orgs;

    /** @param orgs all orgs: the anonymous view finds its access token in any of them */
    public PublicDashboardsApi(Supplier<List<GrafanaOrg>> orgs) {
        this.orgs = orgs;
    }

    @Override
    public void register(Router router) {
        router.post(P, this::create);
        router.get(P, this::get);
        router.patch(P + "/{uid}", this::update);
        router.delete(P + "/{uid}", this::delete);
        router.get("/api/dashboards/public-dashboards", this::list);
        router.get("/api/public/dashboards/{accessToken}", this::view);
    }

    private static void error(Exchange exchange, int status, String reason, String message) throws IOException {
        GrafanaErrors.errutil(exchange, status, "publicdashboards." + reason, message);
    }

    private static Dashboard dashboard(Exchange exchange, GrafanaOrg org) throws IOException {
        Dashboard dashboard = org.dashboards().find(exchange.pathParam("dashboardUid")).orElse(null);
        if (dashboard == null) {
            error(exchange, 404, "dashboardNotFound", "Dashboard not found");
        }
        return dashboard;
    }

    private void create(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange, MAX_BODY_BYTES, true);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard dashboard = dashboard(exchange, org);
        if (dashboard == null) {
            return;
        }
        PublicDashboardStore store = org.publicDashboards();
        synchronized (store) {
            if (store.forDashboard(dashboard.uid()).isPresent()) {
                error(exchange, 400, "dashboardIsPublic", "Dashboard is already public");
                return;
            }
            String uid = text(body, "uid");
            if (uid != null && (Names.uidProblem(uid) != null)) {
                error(exchange, 400, "invalidUid", "Invalid Uid");
                return;
            }
            if (uid != null && store.uidTaken(uid)) {
                error(exchange, 400, "uidExists", "Uid already exists");
                return;
            }
            String token = text(body, "accessToken");
            if (token != null && !PublicDashboardStore.validAccessToken(token)) {
                error(exchange, 400, "invalidAccessToken", "Invalid access token");
                return;
            }
            if (token != null && store.accessTokenTaken(token)) {
                error(exchange, 400, "accessTokenExists", "Access token already exists");
                return;
            }
            String share = text(body, "share");
            if (!shareAllowed(share)) {
                error(exchange, 400, "invalidShareType", "Invalid share type");
                return;
            }
            PublicDashboard created = store.put(PublicDashboardStore.create(dashboard.uid(), uid, token,
                    body.path("timeSelectionEnabled").asBoolean(false), body.path("isEnabled").asBoolean(false),
                    body.path("annotationsEnabled").asBoolean(false), share));
            exchange.sendJson(200, json(created));
        }
    }

    /** {@code public}; {@code email} needs a licensed feature the emulator (an OSS Grafana) lacks. */
    private static boolean shareAllowed(String share) {
        return share == null || share.equals("public");
    }

    private void get(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard dashboard = dashboard(exchange, org);
        if (dashboard == null) {
            return;
        }
        PublicDashboard found = org.publicDashboards().forDashboard(dashboard.uid()).orElse(null);
        if (found == null) {
            error(exchange, 404, "notFound", "Public dashboard not found");
            return;
        }
        exchange.sendJson(200, json(found));
    }

    private void update(Exchange exchange) throws IOException {
        ObjectNode body = JsonRequest.object(exchange, MAX_BODY_BYTES, true);
        if (body == null) {
            return;
        }
        GrafanaOrg org = Orgs.of(exchange);
        Dashboard dashboard = dashboard(exchange, org);
        if (dashboard == null) {
            return;
        }
        PublicDashboardStore store = org.publicDashboards();
        synchronized (store) {
            PublicDashboard current = store.forDashboard(dashboard.uid())
                    .filter(p -> p.uid().equals(exchange.pathParam("uid"))).orElse(null);
            if (current == null) {
                error(exchange, 404, "notFound", "Public dashboard not found");
                return;
            }
            String share = body.has("share") ? text(body, "share") : current.share();
            if (!shareAllowed(share)) {
                error(exchange, 400, "invalidShareType", "Invalid share type");
                return;
            }
            // absent fields stay as they are (PATCH)
            PublicDashboard updated = store.put(new PublicDashboard(current.uid(), current.dashboardUid(),
                    current.accessToken(), flag(body, "timeSelectionEnabled", current.timeSelectionEnabled()),
                    flag(body, "isEnabled", current.isEnabled()),
                    flag(body, "annotationsEnabled", current.annotationsEnabled()), share, current.createdAt(),
                    java.time.Instant.now()));
            exchange.sendJson(200, json(updated));
        }
    }

    private void delete(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        PublicDashboardStore store = org.publicDashboards();
        synchronized (store) {
            PublicDashboard current = store.forDashboard(exchange.pathParam("dashboardUid"))
                    .filter(p -> p.uid().equals(exchange.pathParam("uid"))).orElse(null);
            if (current == null) {
                error(exchange, 404, "notFound", "Public dashboard not found");
                return;
            }
            store.remove(current.dashboardUid());
        }
        exchange.send(200, null, new byte[0]);
    }

    private void list(Exchange exchange) throws IOException {
        GrafanaOrg org = Orgs.of(exchange);
        int perPage = QueryNumbers.intOrDefault(exchange, "perpage", 1000);
        if (perPage <= 0) {
            perPage = 1000;
        }
        int page = Math.max(1, QueryNumbers.intOrDefault(exchange, "page", 1));
        String query = exchange.queryParam("query");
        record Row(PublicDashboard config, Dashboard dashboard) {
        }
        List<Row> rows = new ArrayList<>();
        for (PublicDashboard config : org.publicDashboards().all()) {
            org.dashboards().find(config.dashboardUid()).ifPresent(d -> {
                if (query == null || query.isEmpty()
                        || d.title().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))) {
                    rows.add(new Row(config, d));
                }
            });
        }
        rows.sort(Comparator.comparing((Row r) -> r.dashboard().title().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.config().uid()));
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        ArrayNode items = answer.putArray("publicDashboards");
        long from = (long) (page - 1) * perPage;
        for (long i = from; i < rows.size() && i < from + perPage; i++) {
            Row row = rows.get((int) i);
            items.addObject().put("uid", row.config().uid()).put("accessToken", row.config().accessToken())
                    .put("title", row.dashboard().title()).put("dashboardUid", row.dashboard().uid())
                    .put("isEnabled", row.config().isEnabled()).put("slug", Names.slug(row.dashboard().title()));
        }
        answer.put("totalCount", rows.size());
        answer.put("page", page);
        answer.put("perPage", perPage);
        exchange.sendJson(200, answer);
    }

    private void view(Exchange exchange) throws IOException {
        String token = exchange.pathParam("accessToken");
        if (!PublicDashboardStore.validAccessToken(token)) {
            error(exchange, 400, "invalidAccessToken", "Invalid access token");
            return;
        }
        PublicDashboard config = null;
        Dashboard dashboard = null;
        for (GrafanaOrg org : orgs.get()) {
            config = org.publicDashboards().byAccessToken(token).orElse(null);
            if (config != null) {
                dashboard = org.dashboards().find(config.dashboardUid()).orElse(null);
                break;
            }
        }
        if (dashboard == null) {
            error(exchange, 404, "notFound", "Public dashboard not found");
            return;
        }
        if (!config.isEnabled()) {
            error(exchange, 403, "notEnabled", "Dashboard paused");
            return;
        }
        ObjectNode answer = GrafanaErrors.JSON.createObjectNode();
        answer.set("dashboard", dashboard.model());
        ObjectNode meta = answer.putObject("meta");
        meta.put("isPublic", true);
        meta.put("publicDashboardEnabled", true);
        meta.put("slug", Names.slug(dashboard.title()));
        meta.put("canSave", false);
        meta.put("canEdit", false);
        exchange.sendJson(200, answer);
    }

    static ObjectNode json(PublicDashboard p) {
        ObjectNode json = GrafanaErrors.JSON.createObjectNode();
        json.put("uid", p.uid());
        json.put("dashboardUid", p.dashboardUid());
        json.put("accessToken", p.accessToken());
        json.put("createdBy", 1);
        json.put("updatedBy", 1);
        json.put("createdAt", Names.timestamp(p.createdAt()));
        json.put("updatedAt", Names.timestamp(p.updatedAt()));
        json.put("timeSelectionEnabled", p.timeSelectionEnabled());
        json.put("isEnabled", p.isEnabled());
        json.put("annotationsEnabled", p.annotationsEnabled());
        json.put("share", p.share());
        return json;
    }

    private static boolean flag(ObjectNode body, String field, boolean current) {
        return body.hasNonNull(field) ? body.path(field).asBoolean() : current;
    }

    private static String text(ObjectNode body, String field) {
        return body.path(field).isTextual() && !body.path(field).asText().isEmpty() ? body.path(field).asText() : null;
    }
}
