package io.github.cameldatagrok.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.cameldatagrok.client.DatagrokApiException;
import io.github.cameldatagrok.client.model.User;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** datagrok:user against the emulator: every action, not-found, bad input with nothing sent. */
class UserProducerTest extends DatagrokTestSupport {

    @BeforeEach
    void seed() {
        emulator().reset();
        emulator().users().add("alice", "Alice", "Mendel");
    }

    @Test
    void getCurrentAndList() {
        Exchange got = template.request("datagrok:user:alice", null);
        User alice = got.getMessage().getBody(User.class);
        assertThat(alice.getFirstName()).isEqualTo("Alice");
        assertThat(alice.getGroup().getName()).isEqualTo("Alice Mendel");
        assertThat(got.getMessage().getHeader(DatagrokConstants.USER_ID)).isEqualTo(alice.getId());
        assertThat(template.requestBody("datagrok:user?action=current", null, User.class).getLogin()).isEqualTo("Admin");

        Exchange all = template.request("datagrok:user?action=list&includeGroup=true", null);
        @SuppressWarnings("unchecked")
        List<User> users = all.getMessage().getBody(List.class);
        assertThat(users).extracting(User::getLogin).contains("Admin", "alice", "system");
        assertThat(users.get(0).getGroup()).isNotNull();
        assertThat(all.getMessage().getHeader(DatagrokConstants.RESULTS_TRUNCATED)).isEqualTo(false);

        Exchange cut = template.request("datagrok:user?action=list&maxResults=2", null);
        assertThat(cut.getMessage().getBody(List.class)).hasSize(2);
        assertThat(cut.getMessage().getHeader(DatagrokConstants.RESULTS_TRUNCATED)).isEqualTo(true);
        assertThat(cut.getMessage().getHeader(DatagrokConstants.RESULT_COUNT)).isEqualTo(2);

        List<?> filtered = template.requestBodyAndHeader("datagrok:user?action=list", null, DatagrokConstants.FILTER,
                "login = \"alice\"", List.class);
        assertThat(filtered).hasSize(1);
    }

    @Test
    void saveCreatesThenUpdatesAndKeepsUnknownFields() {
        User created = template.requestBody("datagrok:user?action=save",
                Map.of("login", "bob", "firstName", "Bob", "lastName", "Hooke", "status", "active"), User.class);
        assertThat(created.getId()).isNotNull();
        assertThat(emulator().users().find("bob")).isPresent();
        created.setEmail("bob@example.com");
        User updated = template.requestBody("datagrok:user?action=save", created, User.class);
        assertThat(updated.getId()).isEqualTo(created.getId());
        assertThat(emulator().users().find("bob").orElseThrow().email()).isEqualTo("bob@example.com");
        // the emulator sends fields this model does not name (storage, namespace): they come back
        assertThat(updated.getOther()).containsKey("storage");
    }

    @Test
    void aDuplicateLoginIsTheApiErrorItIs() {
        assertThatThrownBy(() -> template.requestBody("datagrok:user?action=save", "{\"login\":\"ALICE\"}"))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(DatagrokApiException.class)
                .hasMessageContaining("Login already exists");
    }

    @Test
    void blockAndUnblockSendTheFullUser() {
        assertThat(template.requestBody("datagrok:user:alice?action=block", null, User.class).getStatus())
                .isEqualTo("blocked");
        assertThat(emulator().users().find("alice").orElseThrow().status()).isEqualTo("blocked");
        assertThat(emulator().requests("POST", "/public/v1/users/block")).hasSize(1);
        assertThat(template.requestBody("datagrok:user:alice?action=unblock", null, User.class).getStatus())
                .isEqualTo("active");
    }

    @Test
    void unknownUsersAndBadInput() {
        assertThatThrownBy(() -> template.requestBody("datagrok:user:nobody", (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:user:nobody?action=block", (Object) null))
                .cause().isInstanceOf(DatagrokApiException.class);
        assertThat(emulator().requests("POST", ".*")).isEmpty();

        emulator().clearRequests();
        assertThatThrownBy(() -> template.requestBody("datagrok:user?action=save", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:user?action=save", Map.of("firstName", "NoLogin")))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:user?action=save", 42))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:user?action=get", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:user:alice?action=test", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        // names that would go out as dot segments, or with CR/LF
        assertThatThrownBy(() -> template.requestBody("datagrok:user:..", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBodyAndHeader("datagrok:user", null, DatagrokConstants.TARGET,
                "alice\r\nX-Injected: 1")).cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBodyAndHeader("datagrok:package", null, DatagrokConstants.TARGET, "."))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.requestBody("datagrok:credentials:..", (Object) null))
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void anActionTheOperationIgnoresFailsTheRouteAtStart() {
        for (String uri : new String[] {"datagrok:user:alice?action=test", "datagrok:connection?action=block",
                "datagrok:package:Chem?action=save", "datagrok:batch?action=list", "datagrok:health?outputType=rows",
                "datagrok:credentials:x?action=list"}) {
            assertThatThrownBy(() -> context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:" + Math.abs(uri.hashCode())).to(uri);
                }
            })).as(uri).hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        assertThat(emulator().requests()).isEmpty();
    }
}
