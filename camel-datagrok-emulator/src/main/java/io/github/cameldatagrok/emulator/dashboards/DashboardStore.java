package io.github.cameldatagrok.emulator.dashboards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dashboards in memory. A name is {@code Namespace:Name} or a bare name completed with the user's login; dotted
 * forms are accepted too. Creating a dashboard under an existing name replaces its tables and layout and keeps
 * its id.
 */
public final class DashboardStore {

    private final String login;
    private final ConcurrentMap<String, Dashboard> byKey = new ConcurrentHashMap<>();

    public DashboardStore(String login) {
        this.login = login;
    }

    /** Creates or replaces a dashboard. */
    public synchronized Dashboard put(String name, List<String> tableIds, JsonNode layout) {
        String grokName = grokName(name);
        Dashboard old = byKey.get(key(grokName));
        Instant now = Instant.now();
        Dashboard dashboard = new Dashboard(old != null ? old.id() : UUID.randomUUID().toString(), grokName,
                List.copyOf(tableIds), layout, old != null ? old.createdOn() : now, now);
        byKey.put(key(grokName), dashboard);
        return dashboard;
    }

    /** By name ({@code Admin:Sales}, {@code Admin.Sales}, or {@code Sales} for the user's own) or id. */
    public Optional<Dashboard> find(String nameOrId) {
        for (Dashboard dashboard : byKey.values()) {
            if (dashboard.id().equalsIgnoreCase(nameOrId)) {
                return Optional.of(dashboard);
            }
        }
        return Optional.ofNullable(byKey.get(key(grokName(nameOrId))));
    }

    public List<Dashboard> list() {
        List<Dashboard> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing(Dashboard::grokName, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    public int size() {
        return byKey.size();
    }

    public void clear() {
        byKey.clear();
    }

    private String grokName(String name) {
        String colons = name.replace('.', ':');
        return colons.indexOf(':') >= 0 ? colons : login + ":" + colons;
    }

    private static String key(String grokName) {
        return grokName.toLowerCase(Locale.ROOT);
    }
}
