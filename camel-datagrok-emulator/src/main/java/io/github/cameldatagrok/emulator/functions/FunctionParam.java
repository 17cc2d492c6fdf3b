package io.github.cameldatagrok.emulator.functions;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One input or output of an emulated function: a name and a Datagrok {@code propertyType}
 * ({@code int}, {@code double}, {@code string}, {@code bool}, {@code dataframe}, ...).
 */
public record FunctionParam(String name, String propertyType, boolean input) {

    /** The property types the emulator converts; others pass through as parsed JSON. */
    static final Set<String> CONVERTED = Set.of("int", "bigint", "double", "string", "bool", "dataframe");

    public FunctionParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(propertyType, "propertyType");
        propertyType = propertyType.toLowerCase(Locale.ROOT);
    }

    public static FunctionParam in(String name, String propertyType) {
        return new FunctionParam(name, propertyType, true);
    }

    public static FunctionParam out(String name, String propertyType) {
        return new FunctionParam(name, propertyType, false);
    }

    public boolean isDataFrame() {
        return "dataframe".equals(propertyType);
    }
}
