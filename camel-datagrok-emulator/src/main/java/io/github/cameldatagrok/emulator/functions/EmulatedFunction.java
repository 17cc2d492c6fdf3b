package io.github.cameldatagrok.emulator.functions;

import java.util.Map;

/**
 * The body of an emulated function. It gets its inputs by name, converted to the declared types ({@code int}:
 * Long, {@code double}: Double, {@code string}: String, {@code bool}: Boolean, {@code dataframe}:
 * {@link DataFrame}), and returns its outputs by name (a {@link DataFrame} for a dataframe output).
 * An {@link IllegalArgumentException} becomes an ApiError answer with its message.
 */
@FunctionalInterface
public interface EmulatedFunction {

    Map<String, Object> call(Map<String, Object> inputs) throws Exception;
}
