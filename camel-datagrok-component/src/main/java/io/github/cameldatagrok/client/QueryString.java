package io.github.cameldatagrok.client;

/** A query string with each value percent-encoded (RFC 3986); unset (null) parameters are left out, as Datagrok's clients do. */
final class QueryString {

    private final StringBuilder text = new StringBuilder();

    QueryString add(String name, Object value) {
        if (value != null) {
            text.append(text.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(GrokNames.encodeSegment(value.toString()));
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
