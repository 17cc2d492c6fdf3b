package io.github.cameldatagrok.examples.filesync;

import java.io.File;

import io.github.cameldatagrok.component.DatagrokConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's route (found by Camel Main's classpath scan): the datagrok:file consumer watches a connector folder;
 * each new or changed file is copied into the local folder (sub-folders kept), CSV files are then uploaded as tables
 * {@code Admin:FileSync:<name>}, and files deleted in Datagrok are deleted locally. The consumer records a file's eTag
 * only after this route succeeded for it, in {@code file-sync.state}, so a restart picks up where it stopped.
 */
public class FileSyncRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("datagrok:file:{{file-sync.folder}}?delay={{file-sync.delay:5000}}&emitDeletes=true"
             + "&workDirectory={{file-sync.state}}")
                .routeId("datagrok-folder-watch")
                .choice()
                    .when(header(DatagrokConstants.FILE_STATUS).isEqualTo("deleted"))
                        .log("Deleted in Datagrok: ${header.CamelDatagrokFilePath}")
                        .process(this::deleteLocalCopy)
                    .otherwise()
                        // the body streams off the HTTP answer into the file (written to a temp name, then renamed)
                        .to("file:{{file-sync.local}}?tempPrefix=.inprogress-")
                        .log("Copied ${header.CamelDatagrokFilePath} (${header.CamelDatagrokFileLength} bytes)"
                             + " to ${header.CamelFileNameProduced}")
                        .filter(header(Exchange.FILE_NAME).endsWith(".csv"))
                            .process(this::csvAsTable)
                            .to("datagrok:table")
                            .log("Uploaded ${header.CamelFileName} as table ${header.CamelDatagrokGrokName}");
    }

    /** The local copy just written becomes the body, its name the table's. */
    private void csvAsTable(Exchange exchange) {
        File file = new File(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
        exchange.getMessage().setHeader(DatagrokConstants.TARGET,
                "FileSync:" + file.getName().replaceFirst("\\.csv$", ""));
        exchange.getMessage().setBody(file);
    }

    private void deleteLocalCopy(Exchange exchange) throws Exception {
        String local = exchange.getContext().resolvePropertyPlaceholders("{{file-sync.local}}");
        java.nio.file.Files.deleteIfExists(
                java.nio.file.Path.of(local).resolve(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)));
    }
}
