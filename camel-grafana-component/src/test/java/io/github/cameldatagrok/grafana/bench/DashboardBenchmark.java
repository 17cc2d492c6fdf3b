package io.github.cameldatagrok.grafana.bench;

import java.util.ArrayList;
import java.util.List;

import io.github.cameldatagrok.grafana.component.GrafanaComponent;
import io.github.cameldatagrok.grafana.component.GrafanaConstants;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Dashboard saves and searches through Camel routes against a running Grafana (the emulator), for
 * {@code src/bench/grafana-bench.sh}: {@code direct:save -> grafana:dashboard?overwrite=true} for each of N
 * dashboards (the first run creates them, later runs update them), then {@code grafana:dashboard?action=search} that
 * pages through all of them. Prints {@code key=value} lines: the seconds of every run; every answer is checked.
 * <p>
 * Arguments: {@code <baseUrl> <dashboards> <runs> <prefix>}; the token comes from {@code GRAFANA_TOKEN}.
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        int dashboards = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        String prefix = args[3];

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            GrafanaComponent grafana = context.getComponent("grafana", GrafanaComponent.class);
            grafana.getConfiguration().setBaseUrl(baseUrl);
            grafana.getConfiguration().setToken(System.getenv("GRAFANA_TOKEN"));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:save").to("grafana:dashboard?overwrite=true");
                    from("direct:search").to("grafana:dashboard?action=search&type=dash-db&pageSize=1000"
                            + "&maxResults=" + (dashboards + 1000));
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            List<Double> saves = new ArrayList<>();
            List<Double> searches = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                for (int i = 0; i < dashboards; i++) {
                    String body = "{\"uid\":\"" + prefix + i + "\",\"title\":\"" + prefix + " dashboard " + i
                            + "\",\"tags\":[\"bench\"],\"panels\":[{\"id\":1,\"type\":\"stat\",\"title\":\"run " + run
                            + "\"}]}";
                    Object uid = template.request("direct:save", e -> e.getMessage().setBody(body))
                            .getMessage().getHeader(GrafanaConstants.UID);
                    if (!(prefix + i).equals(uid)) {
                        throw new IllegalStateException("save " + i + " of run " + run + " answered uid " + uid);
                    }
                }
                saves.add((System.nanoTime() - start) / 1e9);

                start = System.nanoTime();
                List<?> hits = template.requestBodyAndHeader("direct:search", null, GrafanaConstants.QUERY,
                        prefix + " dashboard", List.class);
                searches.add((System.nanoTime() - start) / 1e9);
                if (hits.size() != dashboards) {
                    throw new IllegalStateException("search found " + hits.size() + " of " + dashboards);
                }
            }
            print("route.save", saves);
            print("route.search", searches);
        }
    }

    private static void print(String key, List<Double> seconds) {
        List<String> values = new ArrayList<>();
        seconds.forEach(s -> values.add(String.format(java.util.Locale.ROOT, "%.3f", s)));
        System.out.println(key + ".seconds=" + String.join(",", values));
    }
}
