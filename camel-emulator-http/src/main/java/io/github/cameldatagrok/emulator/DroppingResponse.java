package io.github.cameldatagrok.emulator;

import java.nio.ByteBuffer;

import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets the real answer through (status line, headers with the full Content-Length) up to a byte budget of
 * body, then closes the TCP connection, so the client sees a premature end of stream. An answer no longer
 * than the budget goes through whole.
 */
public final class DroppingResponse extends Response.Wrapper {

    private long budget;
    private boolean dropped;

    public DroppingResponse(Request request, Response wrapped, long budget) {
        super(request, wrapped);
        this.budget = budget;
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
        if (dropped) {
            callback.failed(new EofException("Connection dropped by an injected fault"));
            return;
        }
        int length = content == null ? 0 : content.remaining();
        if (length <= budget) {
            budget -= length;
            super.write(last, content, callback);
            return;
        }
        dropped = true;
        ByteBuffer head = content.slice();
        head.limit((int) budget);
        budget = 0;
        // not last: the headers already promise the full length, and only the head is sent
        super.write(false, head, Callback.from(
                () -> cut(callback, new EofException("Connection dropped by an injected fault")),
                failure -> cut(callback, failure)));
    }

    private void cut(Callback callback, Throwable reason) {
        getRequest().getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(reason);
    }
}
