package io.github.cameldatagrok.client.model;

/** An installed Datagrok package (plugin), e.g. {@code Chem}: Python {@code packages.get}. */
public class DatagrokPackage extends NamedEntity {

    private String fullName;
    private String description;
    private String category;
    private String imageUrl;
    private String url;

    public DatagrokPackage() {
        super("Package");
    }

    /** The npm name, e.g. {@code @datagrok/chem}. */
    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        assigned("fullName", fullName);
        this.fullName = fullName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        assigned("description", description);
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        assigned("category", category);
        this.category = category;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        assigned("imageUrl", imageUrl);
        this.imageUrl = imageUrl;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        assigned("url", url);
        this.url = url;
    }

    @Override
    public String toString() {
        return "Package[" + getName() + ", " + getId() + "]";
    }
}
