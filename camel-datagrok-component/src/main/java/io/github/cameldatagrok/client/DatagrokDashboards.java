package io.github.cameldatagrok.client;

import io.github.cameldatagrok.client.model.DashboardResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** Datagrok dashboards ({@code client.dashboards()}): projects of tables with a layout. */
public final class DatagrokDashboards {

    private final DatagrokClient client;

    DatagrokDashboards(DatagrokClient client) {
        this.client = client;
    }

    /**
     * Creates a dashboard ({@code POST /public/v1/dashboards/{name}/{tableIds}} — Python
     * {@code tables.create_dashboard}); Datagrok replaces
     * one of the same name.
     *
     * @param name   the dashboard's name ({@code Sales} or {@code Admin:Sales})
     * @param tables the tables' UUIDs or Grok names, at least one
     * @param layout the project layout JSON, sent unchanged and streamed; null for none
     * @throws IllegalArgumentException before sending, for a missing name or no tables
     */
    public DashboardResult create(String name, List<String> tables, UploadContent layout) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("No Datagrok dashboard name given");
        }
        if (tables == null || tables.isEmpty() || tables.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new IllegalArgumentException("A Datagrok dashboard needs at least one table id or name, and no"
                    + " empty ones; got " + tables);
        }
        // the commas between ids stay literal, as the Python client sends them
        String ids = tables.stream().map(String::trim).map(GrokNames::toPathSegment).collect(Collectors.joining(","));
        String path = DatagrokClient.API + "/dashboards/" + GrokNames.toPathSegment(name.trim()) + "/" + ids;
        HttpPost request = new HttpPost(client.transport().uri(path));
        if (layout != null) {
            client.transport().setBody(request, layout, ContentType.APPLICATION_JSON);
        } else {
            request.setEntity(new ByteArrayEntity(new byte[0], ContentType.APPLICATION_JSON));
        }
        JsonNode answer = client.transport().callJson(request, path, false);
        Map<String, Object> raw = client.json().convertValue(answer, new TypeReference<Map<String, Object>>() {
        });
        if (raw == null) {
            throw new DatagrokApiException("POST", path, 200, "Datagrok answered the dashboard creation with no"
                    + " project identifiers", null);
        }
        return new DashboardResult(DatagrokClient.first(raw, "ID", "id"), DatagrokClient.first(raw, "Grok name",
                "grokName", "name"), DatagrokClient.first(raw, "URL", "url"), raw);
    }
}
