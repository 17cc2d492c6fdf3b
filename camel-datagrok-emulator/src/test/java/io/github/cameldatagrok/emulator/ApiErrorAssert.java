package io.github.cameldatagrok.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks of Datagrok's "HTTP 200 + api-error header + ApiError body" answer. */
final class ApiErrorAssert {

    private ApiErrorAssert() {
    }

    /** Asserts the answer is an ApiError with this errorCode; returns its message. */
    static String apiError(HttpResponse<String> response, int errorCode) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isPresent();
        JsonNode body = Http.json(response);
        assertThat(body.path("#type").asText()).isEqualTo("ApiError");
        assertThat(body.path("errorCode").asInt()).isEqualTo(errorCode);
        return body.path("message").asText();
    }

    /** Asserts a plain success (200, no api-error) and returns the JSON. */
    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("api-error")).isEmpty();
        return Http.json(response);
    }
}
