package io.github.cameldatagrok.emulator;

import static io.github.cameldatagrok.emulator.ApiErrorAssert.apiError;
import static io.github.cameldatagrok.emulator.ApiErrorAssert.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /public/v1/batch: dependencies, partial results, stopOnError and transactions. */
class BatchApiTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create();

    private Http http;

    @BeforeEach
    void setUp() {
        DATAGROK.emulator().reset();
        http = Http.bearer(DATAGROK.emulator());
    }

    @Test
    void operationsRunAfterTheirDependencies() {
        JsonNode answer = ok(http.postJson("/public/v1/batch", """
                {"operations": [
                  {"id": "m", "action": "groups.addMember", "params": {"group": "Team", "member": "alice"},
                   "dependsOn": ["u1", {"id": "g1", "allowPartial": false}]},
                  {"id": "u1", "action": "users.create", "params": {"login": "alice", "firstName": "Alice"}},
                  {"id": "g1", "action": "groups.create", "params": {"name": "Team"}},
                  {"id": "f", "action": "functions.run", "params": {"name": "Demo:DivMod", "inputs": {"a": 7, "b": 2}}}],
                 "options": {"concurrency": 4, "stopOnError": true, "transaction": false}}"""));
        assertThat(answer.get("summary").get("total").asInt()).isEqualTo(4);
        assertThat(answer.get("summary").get("succeeded").asInt()).isEqualTo(4);
        assertThat(answer.get("results").get(0).get("id").asText()).isEqualTo("u1");
        assertThat(answer.get("results").get(3).get("result").get("quotient").asInt()).isEqualTo(3);
        String alice = DATAGROK.emulator().users().find("alice").orElseThrow().groupId();
        assertThat(DATAGROK.emulator().groups().isMember("Team", alice)).isTrue();
    }

    @Test
    void aFailureSkipsDependentsAndArrayParamsArePartial() {
        DATAGROK.emulator().users().add("taken", "T", "Aken");
        JsonNode answer = ok(http.postJson("/public/v1/batch", """
                {"operations": [
                  {"id": "users", "action": "users.create", "params": [{"login": "bob"}, {"login": "taken"}]},
                  {"id": "strict", "action": "groups.create", "params": {"name": "A"}, "dependsOn": ["users"]},
                  {"id": "lenient", "action": "groups.create", "params": {"name": "B"},
                   "dependsOn": [{"id": "users", "allowPartial": true}]},
                  {"id": "bad", "action": "users.explode", "params": {}}]}"""));
        JsonNode users = answer.get("results").get(0);
        assertThat(users.get("status").asText()).isEqualTo("partial");
        assertThat(users.get("results").get(1).get("status").asText()).isEqualTo("error");
        assertThat(users.get("results").get(1).get("error").get("error").asText()).isEqualTo("Login already exists");
        assertThat(answer.get("results").get(1).get("status").asText()).isEqualTo("skipped");
        assertThat(answer.get("results").get(1).get("reason").asText()).contains("users");
        assertThat(answer.get("results").get(2).get("status").asText()).isEqualTo("success");
        assertThat(answer.get("results").get(3).get("error").get("errorCode").asInt()).isEqualTo(400);
        JsonNode summary = answer.get("summary");
        assertThat(summary.get("partial").asInt()).isEqualTo(1);
        assertThat(summary.get("skipped").asInt()).isEqualTo(1);
        assertThat(summary.get("succeeded").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        assertThat(DATAGROK.emulator().groups().exists("A")).isFalse();
        assertThat(DATAGROK.emulator().groups().exists("B")).isTrue();
    }

    @Test
    void stopOnErrorSkipsTheRestAndATransactionUndoesWhatRan() {
        JsonNode stopped = ok(http.postJson("/public/v1/batch", """
                {"operations": [{"id": "a", "action": "groups.create", "params": {}},
                                {"id": "b", "action": "groups.create", "params": {"name": "After"}}],
                 "options": {"stopOnError": true}}"""));
        assertThat(stopped.get("results").get(1).get("status").asText()).isEqualTo("skipped");
        assertThat(DATAGROK.emulator().groups().exists("After")).isFalse();

        JsonNode rolledBack = ok(http.postJson("/public/v1/batch", """
                {"operations": [{"id": "u", "action": "users.create", "params": {"login": "carol"}},
                                {"id": "f", "action": "files.put", "params": {"connector": "System:DemoFiles",
                                 "path": "x.txt", "content": "hello"}},
                                {"id": "g", "action": "groups.create", "params": {"name": "All users"}}],
                 "options": {"transaction": true}}"""));
        assertThat(rolledBack.get("summary").get("failed").asInt()).isEqualTo(3);
        assertThat(rolledBack.get("results").get(0).get("error").get("errorCode").asInt()).isEqualTo(409);
        assertThat(DATAGROK.emulator().users().find("carol")).isEmpty();
        assertThat(DATAGROK.emulator().groups().exists("carol")).isFalse();
        assertThat(DATAGROK.emulator().files().stat("System:DemoFiles", "x.txt")).isEmpty();
    }

    @Test
    void aBodyThatIsNoBatchRunsNothing() {
        apiError(http.postJson("/public/v1/batch", "{}"), 400);
        apiError(http.postJson("/public/v1/batch", "{\"operations\":[{\"action\":\"groups.create\"}]}"), 400);
        apiError(http.postJson("/public/v1/batch", "{\"operations\":[{\"id\":\"a\",\"action\":\"groups.create\","
                + "\"params\":{\"name\":\"X\"},\"dependsOn\":[\"zz\"]}]}"), 400);
        apiError(http.postJson("/public/v1/batch", "{\"operations\":[{\"id\":\"a\",\"action\":\"groups.create\","
                + "\"params\":{\"name\":\"X\"},\"dependsOn\":[\"b\"]},{\"id\":\"b\",\"action\":\"groups.create\","
                + "\"params\":{\"name\":\"Y\"},\"dependsOn\":[\"a\"]}]}"), 400);
        apiError(http.postJson("/public/v1/batch", "{\"operations\":[{\"id\":\"a\",\"action\":\"groups.create\","
                + "\"params\":{\"name\":\"X\"}}],\"options\":{\"concurrency\":0}}"), 400);
        assertThat(DATAGROK.emulator().groups().exists("X")).isFalse();
    }
}
