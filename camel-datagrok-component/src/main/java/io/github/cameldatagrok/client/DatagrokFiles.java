package io.github.cameldatagrok.client;

import io.github.cameldatagrok.transport.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;
import io.github.cameldatagrok.support.files.AtomicFiles;

/**
 * Files in Datagrok file connectors ({@code /public/v1/files/{connector}/{path}} and
 * {@code /public/v1/files/sync/...} — Python {@code files.upload}, {@code files.download}, {@code files.sync_dir}), reached as {@link DatagrokClient#files()}: upload, download,
 * delete, and {@code files/sync} of a remote directory, as parts to stream ({@link #openSync}) or mirrored into a local
 * directory like Datagrok's Python client does ({@link #syncDirectory}).
 * <p>
 * {@code connector} is a connection UUID or Grok name ({@code System:DemoFiles}); {@code path} is {@code /}-separated
 * inside the connector. A missing file or connector raises {@link DatagrokApiException}.
 */
public final class DatagrokFiles {

    private static final ContentType OCTET_STREAM = ContentType.APPLICATION_OCTET_STREAM;

    private final DatagrokClient client;

    DatagrokFiles(DatagrokClient client) {
        this.client = client;
    }

    // ------------------------------------------------------------------ upload

    /** Uploads (creates or replaces) a file, the content streamed while sending ({@code POST files/{c}/{path}}). */
    public void upload(String connector, String path, UploadContent content) {
        Objects.requireNonNull(content, "content");
        String apiPath = filePath(connector, path);
        HttpPost request = new HttpPost(client.transport().uri(apiPath));
        client.transport().setBody(request, content, OCTET_STREAM);
        discardAnswer(request, apiPath, client.getConfig().isRetryUploads());
    }

    /** Uploads a local file, with its length. */
    public void upload(String connector, String path, Path file) {
        upload(connector, path, UploadContent.of(file));
    }

    /** Uploads bytes in memory. */
    public void upload(String connector, String path, byte[] bytes) {
        upload(connector, path, UploadContent.of(bytes));
    }

    /** Uploads a stream, read once and closed; {@code length} in bytes, or -1 when unknown (sent chunked). */
    public void upload(String connector, String path, InputStream in, long length) {
        upload(connector, path, UploadContent.of(in, length));
    }

    // ------------------------------------------------------------------ download

    /**
     * Downloads a file as an unbuffered stream ({@code GET files/{c}/{path}}); the caller must close it, which releases
     * the connection.
     */
    public InputStream download(String connector, String path) {
        String apiPath = filePath(connector, path);
        return client.openStream(new HttpGet(client.transport().uri(apiPath)), apiPath);
    }

    /**
     * Downloads a file to {@code target} through a temporary file beside it and an atomic rename, so the target is
     * never seen half written. Returns the number of bytes.
     */
    public long downloadTo(String connector, String path, Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", ".part");
            try {
                long size;
                try (InputStream in = download(connector, path);
                     OutputStream out = Files.newOutputStream(temp)) {
                    size = UploadContent.copy(in, out);
                }
                AtomicFiles.move(temp, absolute);
                return size;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + absolute + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ delete

    /** Deletes a file ({@code DELETE files/{c}/{path}}). */
    public void delete(String connector, String path) {
        String apiPath = filePath(connector, path);
        discardAnswer(new HttpDelete(client.transport().uri(apiPath)), apiPath, false);
    }

    // ------------------------------------------------------------------ sync

    /**
     * Sends one {@code files/sync} request with the eTags the caller holds and returns the answer's parts, parsed as
     * they arrive. Close the result.
     *
     * @param remoteDirectory the directory inside the connector; a leading or trailing {@code /} is dropped, empty
     *                        means the connector's root
     * @param eTags           relative path -> eTag the caller has ({@code {}} on a first sync)
     */
    public FileSyncParts openSync(String connector, String remoteDirectory, Map<String, String> eTags,
                                  FileSyncOptions options) {
        Objects.requireNonNull(eTags, "eTags");
        FileSyncOptions opts = options == null ? FileSyncOptions.defaults() : options;
        String apiPath = syncPath(connector, remoteDirectory);
        QueryString query = new QueryString().add("recursive", opts.recursive())
                .add("ext", opts.ext() == null || opts.ext().isEmpty() ? null : opts.ext());
        HttpPost request = new HttpPost(client.transport().uri(apiPath + query));
        try {
            request.setEntity(new StringEntity(client.json().writeValueAsString(eTags), ContentType.APPLICATION_JSON));
        } catch (JsonProcessingException e) {
            throw new DatagrokException("Could not write the eTags of the sync request as JSON", e);
        }
        // a sync is a POST: never retried
        ClassicHttpResponse response = client.transport().execute(request, apiPath, RequestOptions.of(false));
        return client.transport().closingOnFailure(response, "POST", apiPath, () -> {
            HttpEntity entity = response.getEntity();
            if (response.getCode() == 204 || entity == null) {
                return FileSyncParts.emptyDirectory(response, apiPath);
            }
            Header type = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            String contentType = type == null ? "" : type.getValue();
            if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                throw notMultipart(apiPath, response, entity, contentType);
            }
            return FileSyncParts.multipart(response, entity.getContent(), contentType, apiPath);
        });
    }

    /**
     * Mirrors a remote directory into {@code localDirectory} with the semantics and the {@code .sync_meta.json} of
     * Datagrok's Python client; see {@link DirectorySync}.
     */
    public DirectorySync.Result syncDirectory(String connector, String remoteDirectory, Path localDirectory,
                                              FileSyncOptions options) {
        return new DirectorySync(this).sync(connector, remoteDirectory, localDirectory, options);
    }

    // ------------------------------------------------------------------ plumbing

    static String filePath(String connector, String path) {
        if (path == null || path.isBlank() || path.equals("/")) {
            throw new IllegalArgumentException("No file path given: name the file inside the connector, e.g."
                    + " System:DemoFiles/folder/file.csv");
        }
        if (path.endsWith("/")) {
            throw new IllegalArgumentException("The file path '" + path + "' names a directory, not a file");
        }
        return DatagrokClient.API + "/files/" + GrokNames.toPathSegment(connector) + "/" + GrokNames.toFilePath(path);
    }

    static String syncPath(String connector, String remoteDirectory) {
        String dir = remoteDirectory == null ? "" : remoteDirectory;
        while (dir.startsWith("/")) {
            dir = dir.substring(1);
        }
        while (dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        String base = DatagrokClient.API + "/files/sync/" + GrokNames.toPathSegment(connector);
        return dir.isEmpty() ? base : base + "/" + GrokNames.toFilePath(dir);
    }

    /** Checks an answer whose body is not used (upload, delete): only an ApiError body counts. */
    private void discardAnswer(HttpUriRequestBase request, String apiPath, boolean retryable) {
        ClassicHttpResponse response = client.transport().execute(request, apiPath, RequestOptions.of(retryable));
        try (response) {
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                try (InputStream in = ApiErrors.checkStream(request.getMethod(), apiPath, response.getCode(),
                        entity.getContent(), client.json())) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw client.transport().transportFailure(request.getMethod(), apiPath, e);
        }
    }

    private DatagrokApiException notMultipart(String apiPath, ClassicHttpResponse response, HttpEntity entity,
                                              String contentType) throws IOException {
        try (InputStream in = entity.getContent()) {
            byte[] head = in == null ? new byte[0] : in.readNBytes(ApiErrors.MAX_ERROR_BODY);
            try {
                JsonNode json = client.json().readTree(new String(head, StandardCharsets.UTF_8));
                if (json != null) {
                    ApiErrors.raiseIfApiError("POST", apiPath, response.getCode(), json, client.json());
                }
            } catch (JsonProcessingException notJson) {
                // not an ApiError either: report the content type
            }
        }
        return new DatagrokApiException("POST", apiPath, response.getCode(),
                "Incorrect response type. Expected multipart but received " + (contentType.isEmpty() ? "none"
                        : contentType), null);
    }

}
