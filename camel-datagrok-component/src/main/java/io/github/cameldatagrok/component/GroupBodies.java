package io.github.cameldatagrok.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.model.Group;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.WrappedFile;

/** The group a {@code save} sends: the body as a {@link Group}, a Map or JSON, or a new group named by the target. */
final class GroupBodies {

    private GroupBodies() {
    }

    /**
     * The body as a Group: a Group as is; a Map converted; JSON text, bytes, a stream or a file parsed. No body
     * means a new group named {@code target}; a body group without a name takes the target's.
     */
    static Group toGroup(Exchange exchange, String target, ObjectMapper json) {
        Object body = exchange.getMessage().getBody();
        if (body != null && !(body instanceof Group || body instanceof Map || body instanceof String
                || body instanceof byte[] || body instanceof InputStream || body instanceof File
                || body instanceof Path || body instanceof WrappedFile<?>)) {
            throw new IllegalArgumentException("The body of a datagrok:group save must be a Group, a Map or JSON"
                    + " (String, byte[], InputStream, File), not " + body.getClass().getName());
        }
        Group group;
        try {
            if (body == null || body instanceof String text && text.isBlank()) {
                group = null;
            } else if (body instanceof Group given) {
                group = given;
            } else if (body instanceof Map<?, ?> map) {
                group = json.convertValue(map, Group.class);
            } else if (body instanceof String text) {
                group = json.readValue(text, Group.class);
            } else if (body instanceof byte[] bytes) {
                group = json.readValue(bytes, Group.class);
            } else if (body instanceof InputStream in) {
                group = json.readValue(in, Group.class);
            } else {
                group = json.readValue(exchange.getMessage().getMandatoryBody(File.class), Group.class);
            }
        } catch (IOException | IllegalArgumentException | InvalidPayloadException e) {
            throw new IllegalArgumentException("The body of a datagrok:group save is not a JSON group: "
                    + e.getMessage(), e);
        }
        if (group == null) {
            if (target == null) {
                throw new IllegalArgumentException("No Datagrok group to save: send a Group (or JSON) as the body"
                        + " or name a new group in the URI (datagrok:group:<name>) or the "
                        + DatagrokConstants.TARGET + " header");
            }
            return Group.named(target);
        }
        if (group.getName() == null && group.getId() == null && target != null) {
            group.setName(target);
        }
        return group;
    }
}
