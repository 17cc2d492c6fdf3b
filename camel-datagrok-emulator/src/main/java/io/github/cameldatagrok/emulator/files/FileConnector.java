package io.github.cameldatagrok.emulator.files;

import java.util.Locale;

/** A file connector (a Datagrok DataConnection of a file source): its id and Grok name. */
public record FileConnector(String id, String grokName) {

    /** The lookup key: Grok name with colons, lower case (names are matched case-insensitively). */
    String key() {
        return key(grokName);
    }

    static String key(String name) {
        return name.replace('.', ':').toLowerCase(Locale.ROOT);
    }
}
