package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.model.DatagrokHealth;
import io.github.cameldatagrok.client.model.BatchOperation;
import io.github.cameldatagrok.client.model.BatchOperationResult;
import io.github.cameldatagrok.client.model.BatchRequest;
import io.github.cameldatagrok.client.model.BatchResult;
import io.github.cameldatagrok.client.model.DatagrokPackage;
import io.github.cameldatagrok.client.model.PublishedPackage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** datagrok:package, datagrok:batch and datagrok:health against the emulator. */
class PackageBatchHealthTest extends DatagrokTestSupport {

    @BeforeEach
    void seed() {
        emulator().reset();
    }

    @Test
    void packagesAndTheirVersions() {
        Exchange chem = template.request("datagrok:package:Chem", null);
        DatagrokPackage pkg = chem.getMessage().getBody(DatagrokPackage.class);
        assertThat(pkg.getFullName()).isEqualTo("@datagrok/chem");
        assertThat(chem.getMessage().getHeader(DatagrokConstants.PACKAGE_ID)).isEqualTo(pkg.getId());
        assertThat(template.requestBody("datagrok:package?action=list", null, List.class)).hasSize(2);
        @SuppressWarnings("unchecked")
        List<PublishedPackage> versions = template.requestBody("datagrok:package:Chem?action=versions", null, List.class);
        assertThat(versions).extracting(PublishedPackage::getVersion).containsExactlyInAnyOrder("1.3.2", "1.4.0");
        PublishedPackage current = versions.stream().filter(PublishedPackage::isCurrent).findFirst().orElseThrow();
        assertThat(template.requestBody("datagrok:package:" + current.getId() + "?action=version", null,
                PublishedPackage.class).getVersion()).isEqualTo("1.4.0");
        assertThat(template.requestBody("datagrok:package?action=versions", null, List.class)).hasSize(3);
        assertThatThrownBy(() -> template.requestBody("datagrok:package:NoSuch", (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody("datagrok:package?action=save", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void aBatchReportsEachOperation() {
        emulator().users().add("taken", "T", "Aken");
        BatchRequest batch = new BatchRequest()
                .add(BatchOperation.of("u", "users.create", List.of(Map.of("login", "carol"), Map.of("login", "taken"))))
                .add(BatchOperation.of("g", "groups.create", Map.of("name", "Team")).dependsOnAllowingPartial("u"))
                .add(BatchOperation.of("strict", "groups.create", Map.of("name", "Strict")).dependsOn("u"));
        Exchange done = template.request("datagrok:batch?stopOnError=false", e -> e.getMessage().setBody(batch));
        BatchResult result = done.getMessage().getBody(BatchResult.class);
        assertThat(result.result("u").getStatus()).isEqualTo(BatchOperationResult.PARTIAL);
        assertThat(result.result("u").getResults()).hasSize(2);
        assertThat(result.result("g").isSuccess()).isTrue();
        assertThat(result.result("strict").getStatus()).isEqualTo(BatchOperationResult.SKIPPED);
        assertThat(done.getMessage().getHeader(DatagrokConstants.BATCH_PROBLEMS)).isEqualTo(2);
        assertThat(done.getMessage().getHeader(DatagrokConstants.BATCH_SUMMARY, Map.class)).containsEntry("total", 3);
        assertThat(emulator().groups().exists("Team")).isTrue();
        assertThat(emulator().requests("POST", "/public/v1/batch").get(0).query()).isNull();

        // JSON body, options from the endpoint; a transaction that fails undoes what ran
        String json = "{\"operations\":[{\"id\":\"a\",\"action\":\"groups.create\",\"params\":{\"name\":\"Rolled\"}},"
                + "{\"id\":\"b\",\"action\":\"groups.create\",\"params\":{\"name\":\"All users\"}}]}";
        BatchResult rolled = template.requestBody("datagrok:batch?transaction=true", json, BatchResult.class);
        assertThat(rolled.count("failed")).isEqualTo(2);
        assertThat(emulator().groups().exists("Rolled")).isFalse();
    }

    @Test
    void aBadBatchSendsNothing() {
        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody("datagrok:batch", "{\"operations\":[]}"))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:batch", new BatchRequest()
                .add(BatchOperation.of("a", "groups.create", Map.of())).add(BatchOperation.of("a", "x", Map.of()))))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:batch", new BatchRequest()
                .add(BatchOperation.of("a", "groups.create", Map.of()).dependsOn("zz"))))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:batch", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void healthIsABodyAndAHeader() {
        Exchange ok = template.request("datagrok:health", null);
        assertThat(ok.getMessage().getBody(DatagrokHealth.class).isOk()).isTrue();
        assertThat(ok.getMessage().getHeader(DatagrokConstants.HEALTH_STATUS)).isEqualTo("ok");
        emulator().health().fail("grok_connect", "down");
        Exchange degraded = template.request("datagrok:health?module=grok_connect", null);
        assertThat(degraded.getException()).isNull();
        assertThat(degraded.getMessage().getHeader(DatagrokConstants.HEALTH_STATUS)).isEqualTo("degraded");
        assertThat(emulator().requests("GET", "/public/v1/healthcheck").get(1).query()).isEqualTo("module=grok_connect");
    }
}
