package io.github.cameldatagrok.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameldatagrok.client.model.Group;
import org.apache.camel.Exchange;

/** The group a {@code save} sends: the body as a {@link Group}, a Map or JSON, or a new group named by the target. */
final class GroupBodies {

    private GroupBodies() {
    }

    /**
     * The body as a Group: a Group as is; a Map converted; JSON text, bytes, a stream or a file parsed. No body
     * means a new group named {@code target}; a body group without a name takes the target's.
     */
    static Group toGroup(Exchange exchange, String target, ObjectMapper json) {
        Group group = EntityBodies.read(exchange, Group.class, "datagrok:group save", json);
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
