package io.github.cameldatagrok.examples.filesync;

import java.nio.file.Path;

import io.github.cameldatagrok.component.DatagrokConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's routes (found by Camel Main's classpath scan). On each tick the connector folder is mirrored into the
 * local folder with the producer's {@code sync} action (eTags in {@code .sync_meta.json}, so unchanged files cost
 * nothing); every file written by the sync is logged, and CSV files are uploaded as tables
 * {@code Admin:FileSync:<name>}.
 */
public class FileSyncRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:file-sync?period={{file-sync.period:5000}}&repeatCount={{file-sync.repeat:0}}")
                .routeId("datagrok-folder-sync")
                .to("datagrok:file:{{file-sync.folder}}?action=sync&localPath={{file-sync.local}}")
                .log("Synced {{file-sync.folder}} into {{file-sync.local}}: ${body}")
                .split(simple("${body.written}"))
                    .log("New or changed: ${body}")
                    .filter(simple("${body} endsWith '.csv'"))
                        .process(this::csvAsTable)
                        .to("datagrok:table")
                        .log("Uploaded ${header.CamelFileName} as table ${header.CamelDatagrokGrokName}");
    }

    /** The synced file (a path relative to the local folder) becomes the body, its name the table's. */
    private void csvAsTable(Exchange exchange) {
        String relative = exchange.getMessage().getBody(String.class);
        Path file = Path.of(exchange.getContext().resolvePropertyPlaceholders("{{file-sync.local}}")).resolve(relative);
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        exchange.getMessage().setHeader(Exchange.FILE_NAME, relative);
        exchange.getMessage().setHeader(DatagrokConstants.TARGET, "FileSync:" + name);
        exchange.getMessage().setBody(file.toFile());
    }
}
