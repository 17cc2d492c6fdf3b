package io.github.cameldatagrok.component;

import io.github.cameldatagrok.client.model.ListResult;
import org.apache.camel.Message;

/** A capped list as the message: the items as the body, their count and whether the server had more as headers. */
final class ListBodies {

    private ListBodies() {
    }

    static void set(Message message, ListResult<?> list) {
        message.setBody(list.items());
        message.setHeader(DatagrokConstants.RESULT_COUNT, list.items().size());
        message.setHeader(DatagrokConstants.RESULTS_TRUNCATED, list.truncated());
    }
}
