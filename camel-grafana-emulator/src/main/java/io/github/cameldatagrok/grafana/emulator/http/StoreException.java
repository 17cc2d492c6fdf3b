package io.github.cameldatagrok.grafana.emulator.http;

/**
 * Why a store refused an operation; each API turns it into its own wire form (legacy {@code /api} bodies,
 * a Kubernetes Status on {@code /apis}).
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusal kinds the APIs map. */
    public enum Kind {
        NOT_FOUND, FOLDER_NOT_FOUND, VERSION_MISMATCH, NAME_EXISTS, UID_EXISTS, PLUGIN_DASHBOARD, PROVISIONED,
        READ_ONLY, BAD_REQUEST, EMPTY_NAME, IDENTICAL
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
