package io.github.cameldatagrok.client.model;

import java.util.List;
import java.util.Map;

/**
 * What Datagrok says about a function ({@code GET /public/v1/functions/{name}} — Python {@code functions.get}): its name and its parameters, read from {@code parameterInfos} or,
 * failing that, {@code params}.
 *
 * @param id       the function's UUID
 * @param name     its qualified name ({@code nqName}) when sent, else its name
 * @param inputs   the inputs, in declared order
 * @param outputs  the outputs, in declared order
 * @param raw      the whole answer
 */
public record FunctionInfo(String id, String name, List<Param> inputs, List<Param> outputs, Map<String, Object> raw) {

    /** One parameter: its name and Datagrok {@code propertyType} ({@code int}, {@code dataframe}, ...). */
    public record Param(String name, String propertyType) {

        public boolean isDataFrame() {
            return "dataframe".equalsIgnoreCase(propertyType);
        }
    }
}
