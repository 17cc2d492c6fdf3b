package io.github.cameldatagrok.emulator.functions;

import java.util.Map;

/**
 * Runs saved scripts of one language (or queries of one data source) in the emulator, which has no Python, R or
 * database of its own: a test registers one with {@link FunctionRegistry#runner(String, ScriptRunner)}. It gets the
 * script (or query) text and the converted inputs, and returns the outputs by name.
 */
@FunctionalInterface
public interface ScriptRunner {

    Map<String, Object> run(String text, Map<String, Object> inputs) throws Exception;
}
