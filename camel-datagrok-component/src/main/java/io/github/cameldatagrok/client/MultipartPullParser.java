package io.github.cameldatagrok.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Map;

import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Turns Jetty's push-style {@link MultiPart.Parser} into pulls: the next part's headers, then its content as an
 * {@link InputStream}. One large buffer is read from the network and handed to the parser; the content it reports
 * are slices of that buffer, queued and handed to the reader without a copy. The buffer is refilled only once every
 * slice of it has been read, so no slice is ever overwritten while queued.
 */
final class MultipartPullParser {

    private final InputStream in;
    private final byte[] buffer;
    private final MultiPart.Parser parser;
    private final ArrayDeque<Object> events = new ArrayDeque<>();
    private PartHeaders headers;
    private Throwable failure;
    private boolean eof;

    /** A part's end in the event queue. */
    private static final Object PART_END = new Object();
    /** The answer's end in the event queue. */
    private static final Object COMPLETE = new Object();

    MultipartPullParser(InputStream in, String boundary, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
        this.parser = new MultiPart.Parser(boundary, new Listener());
        // a sync answer has one part per file: no limit on their number
        this.parser.setMaxParts(-1);
    }

    /** The headers of the next part, skipping what is left of the current one; null at the end of the answer. */
    Map<String, String> nextPart() throws IOException {
        while (true) {
            Object event = nextEvent();
            if (event == COMPLETE) {
                events.addFirst(COMPLETE);
                return null;
            }
            if (event instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, String> partHeaders = (Map<String, String>) map;
                return partHeaders;
            }
            // content or end of a part the caller did not read to its end: skipped
        }
    }

    /** The content of the part whose headers were returned last, as a stream ending with the part. */
    InputStream content() {
        return new PartStream();
    }

    private Object nextEvent() throws IOException {
        while (events.isEmpty()) {
            fill();
        }
        return events.poll();
    }

    /** Reads the next block from the network and parses it; called only when every queued slice has been read. */
    private void fill() throws IOException {
        if (failure != null) {
            throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
        }
        if (eof) {
            throw new IOException("The multipart answer ended without its closing boundary");
        }
        int n = in.read(buffer, 0, buffer.length);
        // gather what has already arrived into one large block: fewer parser calls and larger writes downstream
        while (n > 0 && n < buffer.length && in.available() > 0) {
            int more = in.read(buffer, n, buffer.length - n);
            if (more <= 0) {
                break;
            }
            n += more;
        }
        if (n < 0) {
            eof = true;
            parser.parse(Content.Chunk.EOF);
        } else if (n > 0) {
            parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
        }
        if (failure != null && events.isEmpty()) {
            throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
        }
    }

    private final class Listener implements MultiPart.Parser.Listener {
        @Override
        public void onPartBegin() {
            headers = new PartHeaders();
        }

        @Override
        public void onPartHeader(String name, String value) {
            headers.addIfAbsent(name, value);
        }

        @Override
        public void onPartHeaders() {
            events.add(headers);
        }

        @Override
        public void onPartContent(Content.Chunk chunk) {
            ByteBuffer content = chunk.getByteBuffer();
            if (content.hasRemaining()) {
                // a slice of our buffer stays valid until the next fill; anything else (the parser's own bytes
                // of a boundary look-alike) is copied
                boolean ours = content.hasArray() && content.array() == buffer;
                events.add(ours ? content.slice() : ByteBuffer.allocate(content.remaining()).put(content).flip());
            }
        }

        @Override
        public void onPartEnd() {
            events.add(PART_END);
        }

        @Override
        public void onComplete() {
            events.add(COMPLETE);
        }

        @Override
        public void onFailure(Throwable cause) {
            failure = cause;
        }
    }

    /** The current part's content: queued slices until its end. */
    private final class PartStream extends InputStream {
        private ByteBuffer current;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current == null || !current.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                Object event = events.peek();
                if (event == null) {
                    fill();
                    continue;
                }
                if (event instanceof ByteBuffer slice) {
                    events.poll();
                    current = slice;
                } else {
                    // the part's end (or, in a broken answer, the next part's start): stop here, leave it queued
                    // for nextPart() unless it is this part's end
                    if (event == PART_END) {
                        events.poll();
                    }
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.remaining());
            current.get(b, off, n);
            return n;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.remaining();
        }
    }
}
