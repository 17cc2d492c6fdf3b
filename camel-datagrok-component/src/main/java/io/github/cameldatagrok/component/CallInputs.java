package io.github.cameldatagrok.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

/**
 * The inputs of a function call: the body (a {@code Map} of inputs by name, or a JSON object as {@code String},
 * {@code byte[]} or {@code InputStream}; empty for none) plus every header named
 * {@code CamelDatagrokInput.<input>}, which wins over the body. Dataframe inputs are rows or CSV text.
 */
final class CallInputs {

    static final String ACCEPTED = "a Map of inputs by name, or a JSON object as String, byte[] or InputStream";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private CallInputs() {
    }

    static Map<String, Object> of(Exchange exchange, ObjectMapper json) throws Exception {
        Map<String, Object> inputs = new LinkedHashMap<>();
        Object body = exchange.getMessage().getBody();
        if (body instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                inputs.put(String.valueOf(entry.getKey()), entry.getValue());
            }
        } else if (body instanceof String || body instanceof byte[] || body instanceof InputStream) {
            String text = body instanceof String s ? s : body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8)
                    : new String(((InputStream) body).readAllBytes(), StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                inputs.putAll(parseObject(text, json));
            }
        } else if (body != null) {
            throw new IllegalArgumentException("Unsupported body type " + body.getClass().getName()
                    + " for a datagrok:call: send " + ACCEPTED + ", or inputs in " + DatagrokConstants.INPUT_PREFIX
                    + "<name> headers");
        }
        for (Map.Entry<String, Object> header : exchange.getMessage().getHeaders().entrySet()) {
            String name = header.getKey();
            if (name.regionMatches(true, 0, DatagrokConstants.INPUT_PREFIX, 0, DatagrokConstants.INPUT_PREFIX.length())) {
                String input = name.substring(DatagrokConstants.INPUT_PREFIX.length());
                if (input.isBlank()) {
                    throw new IllegalArgumentException("The header " + name + " names no input: use "
                            + DatagrokConstants.INPUT_PREFIX + "<input name>");
                }
                inputs.put(input, header.getValue());
            }
        }
        return inputs;
    }

    private static Map<String, Object> parseObject(String text, ObjectMapper json) {
        JsonNode node;
        try {
            node = MessageOptions.readJson(text, json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of a datagrok:call is not JSON: " + e.getOriginalMessage()
                    + "; send " + ACCEPTED);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("The body of a datagrok:call must be a JSON object of inputs by name,"
                    + " was a JSON " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
        }
        return json.convertValue(node, MAP);
    }
}
