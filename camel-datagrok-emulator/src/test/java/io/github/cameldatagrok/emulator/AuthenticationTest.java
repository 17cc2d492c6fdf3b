package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {

    @RegisterExtension
    static DatagrokEmulatorExtension DATAGROK = DatagrokEmulatorExtension.create(b -> b.apiKey("secret-key"));

    @Test
    void missingAuthorizationIs401WithJsonMessage() {
        HttpResponse<String> response = new Http(DATAGROK.baseUrl(), null).get("/public/v1/healthcheck");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void wrongKeyIs401() {
        assertThat(new Http(DATAGROK.baseUrl(), "Bearer other-key").get("/public/v1/healthcheck").statusCode())
                .isEqualTo(401);
        assertThat(new Http(DATAGROK.baseUrl(), "other-key").get("/public/v1/healthcheck").statusCode())
                .isEqualTo(401);
    }

    @Test
    void bearerKeyIsAccepted() {
        assertThat(new Http(DATAGROK.baseUrl(), "Bearer secret-key").get("/public/v1/healthcheck").statusCode())
                .isEqualTo(200);
    }

    @Test
    void rawKeyIsAccepted() {
        assertThat(new Http(DATAGROK.baseUrl(), "secret-key").get("/public/v1/healthcheck").statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyTheExactBearerFormIsAccepted() {
        for (String header : new String[] {"bearer secret-key", "Bearer  secret-key", "Basic secret-key",
                "Bearer", "Bearer secret-key2"}) {
            assertThat(new Http(DATAGROK.baseUrl(), header).get("/public/v1/healthcheck").statusCode())
                    .as(header).isEqualTo(401);
        }
    }

    @Test
    void headerValuesAreComparedExactlyOnAReusedConnection() {
        // Jetty's header cache would otherwise hand a later "Bearer k" over as an earlier "bearer k".
        for (int i = 0; i < 3; i++) {
            assertThat(new Http(DATAGROK.baseUrl(), "bearer secret-key").get("/public/v1/healthcheck").statusCode())
                    .isEqualTo(401);
            assertThat(new Http(DATAGROK.baseUrl(), "Bearer secret-key").get("/public/v1/healthcheck").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void authenticationAlsoGuardsTheBareDatlasPrefixAndUnknownRoutes() {
        assertThat(new Http(DATAGROK.serverUrl(), null).get("/public/v1/tables/x").statusCode()).isEqualTo(401);
        assertThat(new Http(DATAGROK.serverUrl(), null).get("/public/v1/no/such/route").statusCode())
                .isEqualTo(401);
        assertThat(new Http(DATAGROK.serverUrl(), "secret-key").get("/public/v1/no/such/route").statusCode())
                .isEqualTo(404);
    }

    @Test
    void uploadWithoutKeyIsRejectedAndStoresNothing() {
        HttpResponse<String> response = new Http(DATAGROK.baseUrl(), null).postCsv("/public/v1/tables/T", "a\n1\n");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(DATAGROK.emulator().tables().find("Admin:T:T")).isEmpty();
    }

    @Test
    void serverInfoAndAdminHealthNeedNoKey() {
        Http anonymous = new Http(DATAGROK.baseUrl(), null);
        assertThat(anonymous.get("/info/server").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/admin/health").statusCode()).isEqualTo(200);
    }
}
