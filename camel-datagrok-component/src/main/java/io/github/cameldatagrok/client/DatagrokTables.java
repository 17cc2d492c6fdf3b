package io.github.cameldatagrok.client;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameldatagrok.client.model.TableUploadResult;
import io.github.cameldatagrok.transport.RequestOptions;
import io.github.cameldatagrok.transport.ResponseStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;

/** Tables ({@code client.tables()}): CSV download and upload, streamed both ways. */
public final class DatagrokTables {

    private static final ContentType TEXT_CSV = ContentType.create("text/csv", "UTF-8");

    private final DatagrokClient client;

    DatagrokTables(DatagrokClient client) {
        this.client = client;
    }

    /**
     * Downloads a table as CSV ({@code GET /public/v1/tables/{name}} — Python {@code tables.download}), streamed:
     * the caller reads it and must close it, which releases the connection. An answer that is an HTML page (a
     * proxy's login or error page sent with HTTP 200) is refused, never read as CSV.
     *
     * @param table the table's UUID or Grok name ({@code Admin:Sales:Orders})
     */
    public InputStream download(String table) {
        String path = DatagrokClient.API + "/tables/" + GrokNames.toPathSegment(table);
        ResponseStream csv = client.openStream(new HttpGet(client.transport().uri(path)), path);
        String type = csv.contentType();
        if (type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("text/html")) {
            DatagrokClient.closeQuietly(csv);
            throw new DatagrokApiException("GET", path, csv.status(), "Datagrok answered the table download with an"
                    + " HTML page (" + type + "), not CSV: is a proxy or login page between? Check baseUrl and proxy",
                    null);
        }
        return csv;
    }

    /**
     * Uploads a CSV table ({@code POST /public/v1/tables/{name}} — Python {@code tables.upload}); an existing table
     * is replaced, a bare name creates project and table of that name, a name with a project adds the table to it.
     *
     * @param table the table's Grok name or UUID
     * @param csv   the CSV, with a header row, streamed while sending
     */
    public TableUploadResult upload(String table, UploadContent csv) {
        String path = DatagrokClient.API + "/tables/" + GrokNames.toPathSegment(table);
        HttpPost request = new HttpPost(client.transport().uri(path));
        client.transport().setBody(request, csv, TEXT_CSV);
        JsonNode answer = client.transport().callJson(request, path,
                RequestOptions.streamedUpload(client.getConfig().isRetryUploads()));
        Map<String, Object> raw = client.json().convertValue(answer, new TypeReference<Map<String, Object>>() {
        });
        if (raw == null) {
            throw new DatagrokApiException("POST", path, 200, "Datagrok answered the upload with no table identifiers",
                    null);
        }
        return new TableUploadResult(DatagrokClient.first(raw, "ID", "id"),
                DatagrokClient.first(raw, "Grok name", "grokName"), DatagrokClient.first(raw, "Markup", "markup"),
                DatagrokClient.first(raw, "URL", "url"), raw);
    }
}
