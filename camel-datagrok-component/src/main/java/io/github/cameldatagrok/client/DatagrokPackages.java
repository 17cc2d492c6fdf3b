package io.github.cameldatagrok.client;

import io.github.cameldatagrok.client.model.DatagrokPackage;
import io.github.cameldatagrok.client.model.ListResult;
import io.github.cameldatagrok.client.model.PublishedPackage;

/**
 * Installed packages and their published versions, read-only, as Datagrok's Python client reads them
 * ({@code grok.packages}, {@code grok.published_packages}); get it with {@link DatagrokClient#packages()}.
 */
public class DatagrokPackages {

    private static final String PACKAGES = DatagrokClient.API + "/packages";

    private final JsonCalls calls;

    DatagrokPackages(JsonCalls calls) {
        this.calls = calls;
    }

    /** {@code GET /public/v1/packages/{idOrName}} (Python {@code packages.get}). */
    public DatagrokPackage get(String idOrName) {
        return calls.get(PACKAGES + "/" + GrokNames.pathSegment(idOrName, "package"), "",
                DatagrokPackage.class);
    }

    /** {@code GET /public/v1/packages[?text=…]} (Python {@code packages.list}); at most {@code maxResults} (0: all). */
    public ListResult<DatagrokPackage> list(String filter, int maxResults) {
        return calls.list(PACKAGES, new QueryString().add("text", DatagrokUsers.blankToNull(filter)).toString(),
                DatagrokPackage.class, maxResults);
    }

    /**
     * {@code GET /public/v1/packages/published[?text=…&packageId=…]} (Python {@code published_packages.list}): the
     * published versions, of one package when {@code packageId} is given.
     */
    public ListResult<PublishedPackage> versions(String filter, String packageId, int maxResults) {
        String query = new QueryString().add("text", DatagrokUsers.blankToNull(filter))
                .add("packageId", DatagrokUsers.blankToNull(packageId)).toString();
        return calls.list(PACKAGES + "/published", query, PublishedPackage.class, maxResults);
    }

    /** {@code GET /public/v1/packages/published/{id}} (Python {@code published_packages.get}). */
    public PublishedPackage version(String id) {
        return calls.get(PACKAGES + "/published/" + GrokNames.pathSegment(id, "published package id"), "", PublishedPackage.class);
    }
}
