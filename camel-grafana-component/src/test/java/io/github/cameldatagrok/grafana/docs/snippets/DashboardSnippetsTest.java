package io.github.cameldatagrok.grafana.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.cameldatagrok.grafana.client.GrafanaConflictException;
import io.github.cameldatagrok.grafana.emulator.dashboards.Dashboard;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.FileUtil;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard blocks of {@code grafana-component.adoc}: saving files, conflicts, search and export, the backup consumer. */
class DashboardSnippetsTest extends GrafanaSnippetTestSupport {

    @BeforeEach
    void cleanFolders() {
        // the snippets' relative folders, and the consumers' state, under target/docs-run
        for (String dir : new String[] {"dashboards", "export", "backup", ".camel-grafana"}) {
            FileUtil.removeDir(Path.of(dir).toFile());
        }
    }

    @Test
    void savingFilesAsTheyChange() throws Exception {
        emulator().folders().create("ops", "Ops", null, null);
        Files.createDirectories(Path.of("dashboards"));
        Files.writeString(Path.of("dashboards/ops-overview.json"), "{\"uid\":\"ops-overview\",\"title\":\"Ops overview\"}");
        NotifyBuilder saved = new NotifyBuilder(context).whenCompleted(1).create();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-dashboard-save-files[]
                from("file:dashboards?include=.*\\.json&noop=true&readLock=changed&idempotentKey=${file:name}-${file:modified}")
                    .to("grafana:dashboard?folderUid=ops&overwrite=true&message=provisioned by Camel")
                    .log("saved ${header.CamelGrafanaUid} as version ${header.CamelGrafanaVersion}");
                // end::adoc-dashboard-save-files[]
            }
        });
        assertThat(saved.matches(20, TimeUnit.SECONDS)).isTrue();
        Dashboard dashboard = emulator().dashboards().find("ops-overview").orElseThrow();
        assertThat(dashboard.folderUid()).isEqualTo("ops");
        assertThat(dashboard.message()).isEqualTo("provisioned by Camel");
        assertThat(dashboard.version()).isEqualTo(1);

        // a changed file is saved again; an unchanged one is not
        // written beside the folder and moved in whole, with a later time: a poll sees the old file or the new one,
        // never new text under the old time (which the idempotent key would skip)
        Path next = Files.writeString(Path.of("ops-overview.json.next"), "{\"uid\":\"ops-overview\",\"title\":\"Ops, new\"}");
        Files.setLastModifiedTime(next, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Files.move(next, Path.of("dashboards/ops-overview.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        // waits for the saved state itself (not a count of exchanges, which a slow poll can satisfy early)
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> {
            Dashboard changed = emulator().dashboards().find("ops-overview").orElseThrow();
            assertThat(changed.title()).isEqualTo("Ops, new");
            assertThat(changed.version()).isEqualTo(2);
        });
        Thread.sleep(1500);
        assertThat(emulator().dashboards().find("ops-overview").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void conflictsHandledOnce() throws Exception {
        emulator().dashboards().put("ops-overview", "Ops overview", null);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-dashboard-conflicts[]
                onException(GrafanaConflictException.class).handled(true).to("log:conflicts");
                // end::adoc-dashboard-conflicts[]
                from("direct:save").to("grafana:dashboard");
            }
        });
        // a body read at version 0 while Grafana has 1: a conflict, handled by the route
        Exchange stale = template.request("direct:save",
                e -> e.getMessage().setBody("{\"uid\":\"ops-overview\",\"title\":\"Mine\",\"version\":0}"));
        assertThat(stale.isFailed()).isFalse();
        assertThat(stale.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(GrafanaConflictException.class);
        assertThat(emulator().dashboards().find("ops-overview").orElseThrow().title()).isEqualTo("Ops overview");
    }

    @Test
    void searchAndExport() throws Exception {
        emulator().dashboards().put("ops-overview", "Ops overview", null, "prod");
        emulator().dashboards().put("sales", "Sales", null, "prod", "eu");
        emulator().dashboards().put("scratch", "Scratch", null, "dev");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-dashboard-search-export[]
                from("timer:report?repeatCount=1")
                    .to("grafana:dashboard?action=search&tags=prod&type=dash-db")
                    .split(body())
                        .setHeader("CamelGrafanaUid", simple("${body[uid]}"))
                        .to("grafana:dashboard?action=get")
                        .to("file:export");
                // end::adoc-dashboard-search-export[]
            }
        });
        awaitDone("timer:*", 1);
        assertThat(Path.of("export/ops-overview.json")).exists();
        assertThat(Path.of("export/sales.json")).content().contains("\"title\" : \"Sales\"");
        assertThat(Path.of("export/scratch.json")).doesNotExist();
    }

    @Test
    void backupConsumerInJava() throws Exception {
        seedOpsFolder();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::adoc-dashboard-consumer-backup[]
                from("grafana:dashboard?folderUids=ops&delay=60000")
                    .to("file:backup/dashboards?fileExist=Override");
                // end::adoc-dashboard-consumer-backup[]
            }
        });
        assertBackedUp();
    }

    @Test
    void backupConsumerInYaml() throws Exception {
        seedOpsFolder();
        loadYaml(yaml("adoc-dashboard-consumer-backup-yaml"));
        assertBackedUp();
    }

    private void seedOpsFolder() {
        emulator().folders().create("ops", "Ops", null, null);
        emulator().dashboards().put("ops-overview", "Ops overview", "ops");
        emulator().dashboards().put("ops-latency", "Ops latency", "ops");
        emulator().dashboards().put("sales", "Sales", null);
    }

    private void assertBackedUp() throws InterruptedException {
        awaitDone("grafana:dashboard*", 2);
        assertThat(Path.of("backup/dashboards/ops-overview.json")).content().contains("\"uid\" : \"ops-overview\"");
        assertThat(Path.of("backup/dashboards/ops-latency.json")).exists();
        assertThat(Path.of("backup/dashboards/sales.json")).doesNotExist();
    }
}
