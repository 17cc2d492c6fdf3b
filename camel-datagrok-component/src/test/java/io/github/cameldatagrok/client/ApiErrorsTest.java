package io.github.cameldatagrok.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.transport.HttpFailure;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The three forms in which Datagrok reports failures, and the forms that are not failures. */
class ApiErrorsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ApiErrors errors = new ApiErrors();

    private static BasicClassicHttpResponse response(int status, String reason, String body, ContentType type) {
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(status, reason);
        if (body != null) {
            response.setEntity(new StringEntity(body, type));
        }
        return response;
    }

    /** The transport hands a failed answer (status 300 or more, or flagged by its headers) to the mapper. */
    private DatagrokApiException failure(BasicClassicHttpResponse response) throws Exception {
        assertThat(response.getCode() >= 300 || errors.failsByHeaders(response)).isTrue();
        String body = response.getEntity() == null ? null : EntityUtils.toString(response.getEntity());
        RuntimeException e = errors.toException(new HttpFailure("GET", "/public/v1/tables/X", response.getCode(),
                response.getReasonPhrase(), Arrays.asList(response.getHeaders()), body, false));
        return (DatagrokApiException) e;
    }

    @Test
    void redirectNamesStatusAndLocation() throws Exception {
        BasicClassicHttpResponse response = response(302, "Found", "<html>moved</html>", ContentType.TEXT_HTML);
        response.addHeader("Location", "https://login.example/sso");
        DatagrokApiException e = failure(response);
        assertThat(e.getStatusCode()).isEqualTo(302);
        assertThat(e.getMessage()).contains("302").contains("https://login.example/sso");
    }

    @Test
    void statusOf400OrMoreWithJsonMessage() throws Exception {
        DatagrokApiException e = failure(response(403, "Forbidden",
                "{\"message\":\"Access denied\",\"errorCode\":\"E403\",\"stackTrace\":\"...\"}",
                ContentType.APPLICATION_JSON));
        assertThat(e.getStatusCode()).isEqualTo(403);
        assertThat(e.getApiMessage()).isEqualTo("Access denied");
        assertThat(e.getErrorCode()).isEqualTo("E403");
        assertThat(e.getMethod()).isEqualTo("GET");
        assertThat(e.getPath()).isEqualTo("/public/v1/tables/X");
        assertThat(e).hasMessage("Datagrok API error on GET /public/v1/tables/X: HTTP 403, Access denied (errorCode E403)");
    }

    @Test
    void statusWithErrorFieldOrNumericCode() throws Exception {
        DatagrokApiException e = failure(response(500, "Server Error", "{\"error\":\"boom\",\"errorCode\":17}",
                ContentType.APPLICATION_JSON));
        assertThat(e.getApiMessage()).isEqualTo("boom");
        assertThat(e.getErrorCode()).isEqualTo("17");
    }

    @Test
    void statusWithHtmlBodyUsesTheStatusLine() throws Exception {
        DatagrokApiException e = failure(response(502, "Bad Gateway", "<html><body>nginx</body></html>",
                ContentType.TEXT_HTML));
        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getApiMessage()).isEqualTo("Bad Gateway");
    }

    @Test
    void apiErrorHeaderOn200WithApiErrorBody() throws Exception {
        BasicClassicHttpResponse response = response(200, "OK",
                "{\"#type\":\"ApiError\",\"message\":\"Table not found\",\"errorCode\":404}", ContentType.APPLICATION_JSON);
        response.addHeader("api-error", "true");
        DatagrokApiException e = failure(response);
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.getApiMessage()).isEqualTo("Table not found");
        assertThat(e.getErrorCode()).isEqualTo("404");
    }

    @Test
    void apiErrorHeaderWithoutApiErrorBody() throws Exception {
        BasicClassicHttpResponse response = response(200, "OK", "a,b\n1,2\n", ContentType.TEXT_PLAIN);
        response.addHeader("api-error", "");
        assertThat(failure(response).getApiMessage()).isEqualTo("Something went wrong during request");
    }

    @Test
    void successWithoutHeaderPasses() throws Exception {
        assertThat(errors.failsByHeaders(response(200, "OK", "a,b", ContentType.TEXT_PLAIN))).isFalse();
        assertThat(errors.failsByHeaders(response(204, "No Content", null, null))).isFalse();
    }

    @Test
    void apiErrorObjectOn200() throws Exception {
        assertThatThrownBy(() -> ApiErrors.raiseIfApiError("POST", "/public/v1/functions/No.Such/call", 200,
                json.readTree("{\"#type\":\"ApiError\",\"message\":\"Function not found\"}"), json))
                .isInstanceOf(DatagrokApiException.class)
                .hasMessage("Datagrok API error on POST /public/v1/functions/No.Such/call: HTTP 200, Function not found");
    }

    @Test
    void apiErrorAsJsonStringOn200() throws Exception {
        String encoded = json.writeValueAsString("{\"#type\":\"ApiError\",\"message\":\"Login already exists\"}");
        assertThatThrownBy(() -> ApiErrors.raiseIfApiError("POST", "/public/v1/users", 200, json.readTree(encoded), json))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("Login already exists");
    }

    @Test
    void ordinaryJsonAnswersPass() throws Exception {
        assertThat(ApiErrors.raiseIfApiError("GET", "/p", 200, json.readTree("0"), json).asInt()).isZero();
        assertThat(ApiErrors.raiseIfApiError("GET", "/p", 200, json.readTree("\"ok\""), json).asText()).isEqualTo("ok");
        assertThat(ApiErrors.raiseIfApiError("GET", "/p", 200, json.readTree("{\"#type\":\"User\"}"), json)).isNotNull();
    }

    @Test
    void streamThatIsWhollyAnApiErrorFails() {
        String body = "  {\"#type\":\"ApiError\",\"message\":\"Table data file is missing\"}";
        assertThatThrownBy(() -> ApiErrors.checkStream("GET", "/t", 200, stream(body), json))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("Table data file is missing");
        String asText = "\"{\\\"#type\\\":\\\"ApiError\\\",\\\"message\\\":\\\"missing\\\"}\"";
        assertThatThrownBy(() -> ApiErrors.checkStream("GET", "/t", 200, stream(asText), json))
                .isInstanceOf(DatagrokApiException.class).hasMessageContaining("missing");
    }

    @Test
    void dataThatMerelyLooksLikeJsonIsKeptWhole() throws Exception {
        for (String data : new String[] {"{\"#type\":\"ApiError\"}\nmore,data\n", "{a},b\n1,2\n", "\"x\",\"y\"\n1,2\n",
                "a,b\n1,2\n", ""}) {
            try (InputStream in = ApiErrors.checkStream("GET", "/t", 200, stream(data), json)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(data);
            }
        }
    }

    @Test
    void largeBodyStartingWithABraceIsData() throws Exception {
        String data = "{" + "x".repeat(ApiErrors.MAX_ERROR_BODY + 10);
        try (InputStream in = ApiErrors.checkStream("GET", "/t", 200, stream(data), json)) {
            assertThat(in.readAllBytes()).hasSize(data.length());
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
