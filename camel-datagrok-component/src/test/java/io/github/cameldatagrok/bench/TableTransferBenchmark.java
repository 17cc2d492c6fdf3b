package io.github.cameldatagrok.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.github.cameldatagrok.component.DatagrokComponent;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Moves the benchmark table through Camel routes against a running Datagrok (the emulator) and prints
 * {@code key=value} lines for {@code src/bench/table-bench.sh}: the seconds of every run, sizes, row counts
 * the peak heap of each phase, and the baseline of the rows download (Jackson's bare CSV token parse of
 * the same file). Every phase checks what arrived, so a fast but wrong run fails.
 * <p>
 * Arguments: {@code <baseUrl> <csvFile> <csvRows> <workDir> <mapRows> <runs>}; the API key comes from
 * {@code DATAGROK_API_KEY} (kept off the command line).
 */
public final class TableTransferBenchmark {

    private TableTransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Path csv = Path.of(args[1]);
        long csvRows = Long.parseLong(args[2]);
        Path workDir = Path.of(args[3]);
        int mapRows = Integer.parseInt(args[4]);
        int runs = Integer.parseInt(args[5]);
        long csvBytes = Files.size(csv);
        Path downloaded = workDir.resolve("route-download.csv");

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            // what a user moving big tables does: no stream cache, so the download is handed on unbuffered
            context.setStreamCaching(false);
            DatagrokComponent datagrok = context.getComponent("datagrok", DatagrokComponent.class);
            datagrok.getConfiguration().setBaseUrl(baseUrl);
            datagrok.getConfiguration().setApiKey(System.getenv("DATAGROK_API_KEY"));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:upload").to("datagrok:table:Bench:Big");
                    from("direct:download").to("datagrok:table:Bench:Big?action=download")
                            .to("file:" + workDir + "?fileName=" + downloaded.getFileName());
                    from("direct:downloadRows").to("datagrok:table:Bench:Big?action=download&outputType=iterator")
                            .process(TableTransferBenchmark::countRows);
                    from("direct:uploadRows").to("datagrok:table:Bench:Rows");
                    from("direct:checkRows").to("datagrok:table:Bench:Rows?action=download")
                            .process(TableTransferBenchmark::countLines);
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            BenchRuns.printMaxHeap();

            BenchRuns.measure("route.upload", runs, () -> template.requestBody("direct:upload", csv.toFile()));

            BenchRuns.measure("route.download", runs, () -> {
                template.requestBody("direct:download", (Object) null);
                return check("downloaded bytes", Files.size(downloaded), csvBytes);
            });
            Files.delete(downloaded);

            BenchRuns.measure("route.rowsDownload", runs, () -> check("rows read",
                    template.requestBody("direct:downloadRows", null, long[].class)[0], csvRows));

            // the baseline of the rows download, in the same JVM and run: Jackson's CSV parser alone reading the
            // same file's tokens (no HTTP, no typing, no row objects)
            BenchRuns.measure("baseline.csvTokens", runs, () -> check("rows parsed", csvTokens(csv), csvRows));

            BenchRuns.measure("route.rowsUpload", runs,
                    () -> template.requestBody("direct:uploadRows", mapRows(mapRows)));
            // what making the rows alone costs (part of the upload's time, not the component's)
            BenchRuns.measure("baseline.mapRowsSource", runs, () -> check("rows made", drain(mapRows(mapRows)), mapRows));
            long[] stored = template.requestBody("direct:checkRows", null, long[].class);
            check("rows stored", stored[1] - 1, mapRows);
            System.out.println("route.rowsUpload.bytes=" + stored[0]);
        }
    }

    private static long check(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": " + actual + ", expected " + expected);
        }
        return actual;
    }

    /** Reads every row; summing a column keeps the JIT from skipping the values. The body becomes {rows, sum}. */
    private static void countRows(Exchange exchange) throws Exception {
        Iterator<?> rows = exchange.getMessage().getMandatoryBody(Iterator.class);
        long count = 0;
        double sum = 0;
        while (rows.hasNext()) {
            Map<?, ?> row = (Map<?, ?>) rows.next();
            sum += ((Number) row.get("price")).doubleValue();
            count++;
        }
        exchange.getMessage().setBody(new long[] {count, (long) sum});
    }

    /**
     * Jackson's bare CSV token parse of a file: every token, the length of every value (which makes the parser
     * decode it), no String or row made. Returns the data rows (records after the header).
     */
    private static long csvTokens(Path csv) throws Exception {
        long records = 0;
        long chars = 0;
        try (JsonParser parser = new CsvFactory().createParser(csv.toFile())) {
            for (JsonToken token; (token = parser.nextToken()) != null;) {
                if (token == JsonToken.START_ARRAY) {
                    records++;
                } else if (token == JsonToken.VALUE_STRING) {
                    chars += parser.getTextLength();
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("no values parsed from " + csv);
        }
        return records - 1;
    }

    /** Counts the bytes and lines of a downloaded CSV stream. The body becomes {bytes, lines}. */
    private static void countLines(Exchange exchange) throws Exception {
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        long lines = 0;
        try (InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class)) {
            for (int n; (n = in.read(buffer)) >= 0; bytes += n) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        exchange.getMessage().setBody(new long[] {bytes, lines});
    }

    /** Pulls every row, touching a value of each so the JIT cannot skip making them; returns the count. */
    private static long drain(Iterator<Map<String, Object>> rows) {
        long count = 0;
        long sum = 0;
        while (rows.hasNext()) {
            sum += rows.next().get("name").hashCode();
            count++;
        }
        return sum == 42 ? count + 1 : count;
    }

    /**
     * Distinct rows the upload's source hands out in turn. Made once: making a row (a LinkedHashMap, the name
     * concatenated, the date computed) cost a quarter of the upload's time, and that is the source's cost, not the
     * component's. Each row handed out is still formatted and sent in full. 256 rows (about 128 KB) stay in the CPU
     * cache as a row a source has just made does; a pool of 4096 rows (2 MB) did not, and writing its rows was a third
     * slower than writing fresh ones would be.
     */
    private static final List<Map<String, Object>> ROW_POOL = IntStream.range(0, 256)
            .mapToObj(BenchTable::row).toList();

    /** {@code count} rows pulled one at a time by the upload, as from a streaming database query. */
    private static Iterator<Map<String, Object>> mapRows(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Map<String, Object> next() {
                return ROW_POOL.get(next++ & (ROW_POOL.size() - 1));
            }
        };
    }
}
