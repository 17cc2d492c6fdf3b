package io.github.cameldatagrok.component;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names that would reach Datagrok as a dot segment ({@code .}, {@code ..}, or {@code :} and {@code ::}, whose colons
 * become periods) or carry CR/LF are refused by every operation before anything is sent: a proxy that normalises
 * paths would route a dot segment elsewhere.
 */
class PathNamesTest extends DatagrokTestSupport {

    @BeforeEach
    void forget() {
        emulator().reset();
        emulator().tables().put("Admin:Sales:Orders", "a\n1\n");
        emulator().clearRequests();
    }

    private void refused(String uri, Object body, String target) {
        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri, body, Map.of(DatagrokConstants.TARGET, target)))
                .as(uri + " " + target)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", ":", "::", "Admin:Sa\nles", "Admin:Sa\rles"})
    void everyOperationRefusesTheNameBeforeSending(String name) {
        refused("datagrok:table", "a\n1\n", name);
        refused("datagrok:table?action=download", null, name);
        refused("datagrok:call", "{}", name);
        refused("datagrok:share?groups=Developers", null, name);
        refused("datagrok:dashboard?tables=Admin:Sales:Orders", null, name);
        refused("datagrok:group?action=get", null, name);
        refused("datagrok:group?action=delete", null, name);
        refused("datagrok:file?action=download", null, name + "/a.txt");
        refused("datagrok:file?action=download", null, "System:DemoFiles/" + name.replace(':', '.') + "/a.txt");
        assertThat(emulator().requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "Sa\nles"})
    void dashboardTablesShareGroupsAndMembersAreCheckedToo(String name) {
        assertThatThrownBy(() -> template.requestBodyAndHeader("datagrok:dashboard:Board", null,
                DatagrokConstants.TABLES, "Admin:Sales:Orders," + name))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        if (name.contains("\n")) {
            assertThatThrownBy(() -> template.requestBodyAndHeader("datagrok:share:Admin:Sales:Orders", null,
                    DatagrokConstants.SHARE_GROUPS, "Chemists," + name))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> template.requestBodyAndHeader("datagrok:group:Administrators?action=addMember",
                    null, DatagrokConstants.MEMBER, name))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> template.requestBody("datagrok:group?action=save",
                    "{\"name\":\"" + name.replace("\n", "\\n") + "\"}"))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
        assertThat(emulator().requests()).isEmpty();
    }

    @Test
    void aPathLongerThanServersAcceptIsAClearErrorNotABrokenPipe() {
        String longPath = "System:DemoFiles/" + "d/".repeat(50_000) + "a.txt";
        assertThatThrownBy(() -> template.requestBodyAndHeaders("datagrok:file?action=download", null,
                Map.of(DatagrokConstants.TARGET, longPath)))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(rootMessage(e)).contains("8000").contains("characters"));
        assertThatThrownBy(() -> template.requestBodyAndHeaders("datagrok:table", "a\n1\n",
                Map.of(DatagrokConstants.TARGET, "Admin:" + "x".repeat(100_000))))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(emulator().requests()).isEmpty();
    }
}
