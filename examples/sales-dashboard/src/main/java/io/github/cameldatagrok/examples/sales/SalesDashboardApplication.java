package io.github.cameldatagrok.examples.sales;

import java.util.Arrays;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the sales-dashboard example: orders from PostgreSQL (start it with {@code setup-postgres.sh}) become a
 * Datagrok table, a function computes totals per region into a second table, and a dashboard of both is shared.
 * <p>
 * Against the embedded Datagrok emulator by default, where {@code Sales:RegionTotals} is registered from
 * {@link RegionTotals}; against a real Datagrok when {@code DATAGROK_URL} and {@code DATAGROK_API_KEY} are set
 * (deploy {@code scripts/RegionTotals.py} there first). With {@code --once} it runs the route once and stops.
 */
public final class SalesDashboardApplication {

    private SalesDashboardApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = Arrays.asList(args).contains("--once");
        DatagrokEmulator emulator = null;
        Main main = new Main(SalesDashboardApplication.class);
        if (System.getenv("DATAGROK_URL") == null) {
            emulator = startEmulator();
            main.addInitialProperty("camel.component.datagrok.base-url", emulator.baseUrl());
            main.addInitialProperty("camel.component.datagrok.api-key", emulator.apiKey());
            System.out.println("Using the embedded Datagrok emulator at " + emulator.baseUrl()
                    + " (set DATAGROK_URL and DATAGROK_API_KEY for a real server)");
        }
        if (once) {
            main.addOverrideProperty("sales.repeat", "1");
            main.configure().setDurationMaxMessages(1);
        }
        try {
            main.run();
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** The embedded Datagrok, with the example's function and group in it. */
    static DatagrokEmulator startEmulator() throws Exception {
        DatagrokEmulator emulator = DatagrokEmulator.builder().port(0).build().start();
        EmulatorSetup.install(emulator);
        return emulator;
    }
}
