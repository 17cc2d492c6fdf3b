package io.github.cameldatagrok.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Collects an asynchronous answer in memory up to a cap, on the I/O thread: a data answer past
 * {@code maxResponseSize} fails with {@link ResponseTooLargeException} at once (Content-Length known) or as soon as
 * the cap is passed; an error answer keeps only its first {@code maxErrorBodySize} bytes and ends the exchange there
 * ({@link ErrorBodyCut}). Either way the connection is closed, nothing more is read, and the reactor goes on.
 */
final class CappedResponseConsumer implements AsyncResponseConsumer<CappedResponseConsumer.Answer> {

    /** An answer read whole (or an error answer cut at the error cap). */
    record Answer(int status, String reasonPhrase, List<Header> headers, byte[] body, boolean failure,
                  boolean truncated) {
    }

    /** Ends an error answer once its first bytes, enough for the message, are in. */
    static final class ErrorBodyCut extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Answer answer;

        ErrorBodyCut(Answer answer) {
            super("The error answer was cut at its first " + answer.body().length + " bytes");
            this.answer = answer;
        }

        Answer answer() {
            return answer;
        }
    }

    private final HttpErrorMapper errors;
    private final long maxResponseSize;
    private final int maxErrorBodySize;
    private HttpResponse head;
    private boolean failure;
    private FutureCallback<Answer> callback;
    private ByteArrayOutputStream body;

    CappedResponseConsumer(HttpErrorMapper errors, long maxResponseSize, int maxErrorBodySize) {
        this.errors = errors;
        this.maxResponseSize = maxResponseSize;
        this.maxErrorBodySize = maxErrorBodySize;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<Answer> resultCallback) throws IOException {
        head = response;
        failure = response.getCode() >= 300 || errors.failsByHeaders(response);
        if (entity == null) {
            resultCallback.completed(answer(new byte[0], false));
            return;
        }
        if (!failure && entity.getContentLength() > maxResponseSize) {
            throw new ResponseTooLargeException("The answer (Content-Length " + entity.getContentLength() + ")",
                    maxResponseSize);
        }
        callback = resultCallback;
        body = new ByteArrayOutputStream(entity.getContentLength() > 0
                ? (int) Math.min(entity.getContentLength(), 64 * 1024) : 1024);
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx: nothing to do
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        int n = src.remaining();
        if (failure) {
            int room = maxErrorBodySize - body.size();
            int take = Math.min(room, n);
            append(src, take);
            if (take < n) {
                throw new ErrorBodyCut(answer(body.toByteArray(), true));
            }
            return;
        }
        if (body.size() + (long) n > maxResponseSize) {
            throw new ResponseTooLargeException("The answer", maxResponseSize);
        }
        append(src, n);
    }

    private void append(ByteBuffer src, int count) {
        if (src.hasArray()) {
            body.write(src.array(), src.arrayOffset() + src.position(), count);
            src.position(src.position() + count);
        } else {
            byte[] chunk = new byte[count];
            src.get(chunk);
            body.write(chunk, 0, count);
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        FutureCallback<Answer> done = callback;
        callback = null;
        if (done != null) {
            done.completed(answer(body.toByteArray(), false));
        }
    }

    private Answer answer(byte[] bytes, boolean truncated) {
        return new Answer(head.getCode(), head.getReasonPhrase(), Arrays.asList(head.getHeaders()), bytes, failure,
                truncated);
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    @Override
    public void releaseResources() {
        body = null;
        callback = null;
    }
}
