package io.github.cameldatagrok.grafana.client;

import java.util.Objects;

import io.github.cameldatagrok.transport.HttpAuthorization;
import io.github.cameldatagrok.transport.HttpTransportConfig;

/**
 * What a {@link GrafanaClient} talks to and as whom: the base URL, a service-account token or a user and password,
 * the organisation, the API generation; HTTP settings (timeouts, retries, proxy, limits) are the shared transport's.
 * Immutable; {@link #toString()} never shows the token or the password.
 */
public final class GrafanaClientConfig {

    private final String baseUrl;
    private final HttpAuthorization authorization;
    private final Long orgId;
    private final GrafanaApiVersion apiVersion;
    private final String namespace;
    private final HttpTransportConfig transport;

    private GrafanaClientConfig(Builder b) {
        if (b.baseUrl == null || b.baseUrl.isBlank()) {
            throw new IllegalArgumentException("The Grafana base URL is missing: set baseUrl (or GRAFANA_URL),"
                    + " e.g. https://grafana.example.com or https://host/grafana");
        }
        this.baseUrl = HttpTransportConfig.normaliseBaseUrl(b.baseUrl);
        boolean hasToken = b.token != null && !b.token.isBlank();
        boolean hasUser = b.username != null && !b.username.isBlank();
        if (hasToken && hasUser) {
            throw new IllegalArgumentException("Both a Grafana token and a user name are set: use one (a"
                    + " service-account token, or username and password for Basic authentication)");
        }
        if (!hasToken && !hasUser) {
            throw new IllegalArgumentException("No Grafana credentials: set token (a service-account token, or"
                    + " GRAFANA_TOKEN) or username and password");
        }
        if (hasUser && (b.password == null || b.password.isEmpty())) {
            throw new IllegalArgumentException("The Grafana user " + b.username + " has no password set");
        }
        this.authorization = hasToken ? HttpAuthorization.bearer(b.token) : HttpAuthorization.basic(b.username, b.password);
        if (b.orgId != null && b.orgId < 1) {
            throw new IllegalArgumentException("orgId must be 1 or more, was " + b.orgId);
        }
        this.orgId = b.orgId;
        this.apiVersion = Objects.requireNonNull(b.apiVersion, "apiVersion");
        if (b.namespace != null && !b.namespace.isBlank() && !b.namespace.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
            throw new IllegalArgumentException("Invalid Grafana namespace '" + b.namespace + "': default, org-<id>"
                    + " or stacks-<id>");
        }
        if ("org-1".equals(b.namespace)) {
            // grafana/authlib rejects it: org 1 is "default"
            throw new IllegalArgumentException("The namespace of org 1 is 'default', not 'org-1'");
        }
        this.namespace = b.namespace == null || b.namespace.isBlank() ? null : b.namespace;
        HttpTransportConfig.Builder transport = b.transport != null ? b.transport : HttpTransportConfig.builder();
        this.transport = transport.baseUrl(baseUrl).authorization(authorization).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The organisation sent as {@code X-Grafana-Org-Id}, or null for the credentials' own. */
    public Long getOrgId() {
        return orgId;
    }

    public GrafanaApiVersion getApiVersion() {
        return apiVersion;
    }

    /**
     * The {@code /apis} namespace: as configured, else from the organisation ({@code default} for org 1 or none,
     * {@code org-<id>} above). Grafana Cloud's {@code stacks-<id>} must be configured.
     */
    public String getNamespace() {
        if (namespace != null) {
            return namespace;
        }
        return orgId == null || orgId == 1 ? "default" : "org-" + orgId;
    }

    /** The transport settings, base URL and authorization included. */
    public HttpTransportConfig getTransport() {
        return transport;
    }

    @Override
    public String toString() {
        return "GrafanaClientConfig[baseUrl=" + baseUrl + ", authorization=" + authorization
                + (orgId != null ? ", orgId=" + orgId : "") + ", apiVersion=" + apiVersion + "]";
    }

    public static final class Builder {
        private String baseUrl;
        private String token;
        private String username;
        private String password;
        private Long orgId;
        private GrafanaApiVersion apiVersion = GrafanaApiVersion.auto;
        private String namespace;
        private HttpTransportConfig.Builder transport;

        private Builder() {
        }

        /** Grafana's root URL with any sub-path ({@code https://host/grafana}). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** A service-account token ({@code glsa_...}) or legacy API key, sent as {@code Authorization: Bearer}. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** Basic authentication (on-premises; needed for server-admin routes). */
        public Builder basicAuth(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        public Builder orgId(Long orgId) {
            this.orgId = orgId;
            return this;
        }

        public Builder apiVersion(GrafanaApiVersion apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /** HTTP settings (timeouts, retries, proxy, limits); base URL and authorization are set from this config. */
        public Builder transport(HttpTransportConfig.Builder transport) {
            this.transport = transport;
            return this;
        }

        public GrafanaClientConfig build() {
            return new GrafanaClientConfig(this);
        }
    }
}
