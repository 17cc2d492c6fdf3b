package io.github.cameldatagrok.client;

import java.util.Locale;

/** The access a share grants (the {@code access} parameter of the share routes); Edit includes View. */
public enum ShareAccess {
    View, Edit;

    /** Parses {@code View} or {@code Edit}, in any case; anything else is an error naming the value. */
    public static ShareAccess parse(String value) {
        if (value != null) {
            String trimmed = value.trim().toLowerCase(Locale.ROOT);
            for (ShareAccess access : values()) {
                if (access.name().toLowerCase(Locale.ROOT).equals(trimmed)) {
                    return access;
                }
            }
        }
        throw new IllegalArgumentException("Unknown Datagrok access level '" + value + "': use View or Edit");
    }
}
