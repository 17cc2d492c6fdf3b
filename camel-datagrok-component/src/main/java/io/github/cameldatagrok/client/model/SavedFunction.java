package io.github.cameldatagrok.client.model;

import java.util.List;
import java.util.Map;

/**
 * What {@code POST /public/v1/functions} saves (Python {@code functions.create_script}, {@code create_query}): a
 * {@link Script} or a {@link DataQuery}. Name and parameters may be left to the text's header ({@code #name:},
 * {@code #input: int x}, {@code #output: ...}); the server reads them from it.
 */
public abstract class SavedFunction extends NamedEntity {

    private String source;
    private String description;
    private String namespace;
    private List<String> tags;
    private Map<String, Object> options;
    private List<FuncParam> params;
    private String nqName;

    protected SavedFunction(String kind, String source) {
        super(kind);
        setSource(source);
    }

    /** {@code script} or {@code data-query}. */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        assigned("source", source);
        this.source = source;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        assigned("description", description);
        this.description = description;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        assigned("namespace", namespace);
        this.namespace = namespace;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        assigned("tags", tags);
        this.tags = tags;
    }

    public Map<String, Object> getOptions() {
        return options;
    }

    public void setOptions(Map<String, Object> options) {
        assigned("options", options);
        this.options = options;
    }

    public List<FuncParam> getParams() {
        return params;
    }

    public void setParams(List<FuncParam> params) {
        assigned("params", params);
        this.params = params;
    }

    /** The qualified name the server gives the saved function, e.g. {@code Admin:AddOne}: what a call names. */
    public String getNqName() {
        return nqName;
    }

    public void setNqName(String nqName) {
        assigned("nqName", nqName);
        this.nqName = nqName;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + (nqName != null ? nqName : getName()) + ", " + getId() + "]";
    }
}
