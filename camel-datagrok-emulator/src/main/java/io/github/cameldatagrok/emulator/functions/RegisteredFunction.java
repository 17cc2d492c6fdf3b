package io.github.cameldatagrok.emulator.functions;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A function in the registry.
 *
 * @param id       its UUID ({@code GET functions/{id}} answers by id too)
 * @param grokName {@code Namespace:Name}, or a bare core name such as {@code Sin}
 * @param source   {@code function}, {@code function-package}, {@code script} or {@code data-query}
 * @param params   inputs and outputs, in declared order
 * @param body     what a call runs
 * @param saved    for a script or query saved through {@code POST /public/v1/functions}, its JSON as saved
 *                 ({@code script}, {@code language}, {@code query}, {@code connection}, ...); null otherwise
 */
public record RegisteredFunction(String id, String grokName, String source, List<FunctionParam> params,
                                 EmulatedFunction body, ObjectNode saved) {

    public RegisteredFunction(String id, String grokName, String source, List<FunctionParam> params,
            EmulatedFunction body) {
        this(id, grokName, source, params, body, null);
    }

    public List<FunctionParam> inputs() {
        return params.stream().filter(FunctionParam::input).toList();
    }

    public List<FunctionParam> outputs() {
        return params.stream().filter(p -> !p.input()).toList();
    }

    /** The last part of the Grok name. */
    public String name() {
        int colon = grokName.lastIndexOf(':');
        return colon < 0 ? grokName : grokName.substring(colon + 1);
    }

    /** {@code Demo:} for {@code Demo:DivMod}, empty for a core function. */
    public String namespace() {
        int colon = grokName.lastIndexOf(':');
        return colon < 0 ? "" : grokName.substring(0, colon + 1);
    }
}
