package io.github.cameldatagrok.component;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.model.FunctionInfo;
import io.github.cameldatagrok.csv.CsvRowReader;
import org.apache.camel.Exchange;

/**
 * The result of a function call in the message: one scalar output becomes the body as a Java value (Integer, Long,
 * Double, String, Boolean, List, Map); several outputs a {@code Map} by name; a dataframe output (known from the
 * function's description) is handed over per {@code outputType} like a downloaded table when it is the only
 * output, and as rows ({@code rows}, {@code iterator}) or CSV text ({@code stream}, {@code string}) inside a Map.
 */
final class CallOutputs {

    private CallOutputs() {
    }

    static void apply(Exchange exchange, JsonNode result, FunctionInfo info, DatagrokOutputType outputType,
            ObjectMapper json) throws Exception {
        List<FunctionInfo.Param> outputs = info == null ? List.of() : info.outputs();
        if (result == null) {
            exchange.getMessage().setBody(null);
        } else if (outputs.size() == 1 && outputs.get(0).isDataFrame() && result.isTextual()) {
            TableBodies.setCsvBody(exchange, new ByteArrayInputStream(result.textValue().getBytes(StandardCharsets.UTF_8)),
                    outputType);
        } else if (outputs.size() > 1 && result.isObject()) {
            Map<String, Object> values = new LinkedHashMap<>();
            result.fields().forEachRemaining(field -> values.put(field.getKey(), json.convertValue(field.getValue(),
                    Object.class)));
            for (FunctionInfo.Param output : outputs) {
                JsonNode value = result.get(output.name());
                if (output.isDataFrame() && value != null && value.isTextual()) {
                    values.put(output.name(), outputType == DatagrokOutputType.rows
                            || outputType == DatagrokOutputType.iterator ? rows(value.textValue()) : value.textValue());
                }
            }
            exchange.getMessage().setBody(values);
        } else {
            exchange.getMessage().setBody(json.convertValue(result, Object.class));
        }
    }

    private static List<Map<String, Object>> rows(String csv) {
        try (CsvRowReader reader = new CsvRowReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }
}
