package io.github.cameldatagrok.grafana.client.model;

/**
 * How to save a dashboard.
 *
 * @param folderUid the folder to save it in; null keeps an existing dashboard where it is (and creates a new one in
 *                  the root); an empty string moves it to the root
 * @param message   the note of this version in the dashboard's history, or null
 * @param overwrite save even when the dashboard changed since the version given in the body was read
 * @param uid       the uid of a body that names none, or null (then one is made from the title)
 */
public record DashboardSave(String folderUid, String message, boolean overwrite, String uid) {

    /** Keep the folder, no message, no overwrite. */
    public static DashboardSave defaults() {
        return new DashboardSave(null, null, false, null);
    }
}
