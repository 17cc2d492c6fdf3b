package io.github.cameldatagrok.client.model;

/** A parameter of a function: name, Datagrok {@code propertyType} ({@code int}, {@code dataframe}, ...) and direction. */
public class FuncParam extends JsonModel {

    private String name;
    private String propertyType;
    private Boolean isInput;

    public FuncParam() {
    }

    public FuncParam(String name, String propertyType, boolean input) {
        setName(name);
        setPropertyType(propertyType);
        setIsInput(input);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        assigned("name", name);
        this.name = name;
    }

    public String getPropertyType() {
        return propertyType;
    }

    public void setPropertyType(String propertyType) {
        assigned("propertyType", propertyType);
        this.propertyType = propertyType;
    }

    /** True, false or null as sent; null counts as an input, as on the server. */
    public Boolean getIsInput() {
        return isInput;
    }

    public void setIsInput(Boolean isInput) {
        assigned("isInput", isInput);
        this.isInput = isInput;
    }

    @Override
    public String toString() {
        return (Boolean.FALSE.equals(isInput) ? "output " : "input ") + propertyType + " " + name;
    }
}
