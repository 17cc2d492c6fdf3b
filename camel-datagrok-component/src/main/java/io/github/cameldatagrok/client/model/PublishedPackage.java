package io.github.cameldatagrok.client.model;

/** One published version of a package: Python {@code published_packages.get}. */
public class PublishedPackage extends NamedEntity {

    private String version;
    private Boolean isCurrent;
    private Boolean debug;
    private String packageAuthor;
    private String publishedOn;
    private String commit;

    public PublishedPackage() {
        super("PublishedPackage");
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        assigned("version", version);
        this.version = version;
    }

    /** Whether this is the version the server runs. */
    public boolean isCurrent() {
        return Boolean.TRUE.equals(isCurrent);
    }

    public void setIsCurrent(Boolean isCurrent) {
        assigned("isCurrent", isCurrent);
        this.isCurrent = isCurrent;
    }

    public boolean isDebug() {
        return Boolean.TRUE.equals(debug);
    }

    public void setDebug(Boolean debug) {
        assigned("debug", debug);
        this.debug = debug;
    }

    public String getPackageAuthor() {
        return packageAuthor;
    }

    public void setPackageAuthor(String packageAuthor) {
        assigned("packageAuthor", packageAuthor);
        this.packageAuthor = packageAuthor;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        assigned("publishedOn", publishedOn);
        this.publishedOn = publishedOn;
    }

    public String getCommit() {
        return commit;
    }

    public void setCommit(String commit) {
        assigned("commit", commit);
        this.commit = commit;
    }

    @Override
    public String toString() {
        return "PublishedPackage[" + getName() + " " + version + (isCurrent() ? ", current" : "") + "]";
    }
}
