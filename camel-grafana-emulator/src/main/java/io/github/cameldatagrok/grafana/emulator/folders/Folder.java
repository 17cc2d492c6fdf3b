package io.github.cameldatagrok.grafana.emulator.folders;

import java.time.Instant;

/**
 * A stored folder (a snapshot: the store hands out copies).
 *
 * @param parentUid the parent folder's uid, or null at the root
 * @param version   starts at 1, grows on each update
 */
public record Folder(long id, String uid, String title, String description, String parentUid, int version,
        long resourceVersion, Instant created, Instant updated) {
}
