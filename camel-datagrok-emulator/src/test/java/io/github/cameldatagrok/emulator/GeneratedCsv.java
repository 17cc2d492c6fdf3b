package io.github.cameldatagrok.emulator;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A deterministic CSV of an exact byte length, generated on the fly (never held in memory). */
final class GeneratedCsv extends InputStream {

    private static final byte[] HEADER = "id,name,value\n".getBytes(StandardCharsets.US_ASCII);

    private final long length;
    private long position;
    private long row;
    private byte[] current = HEADER;
    private int index;

    GeneratedCsv(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int wanted = (int) Math.min(count, length - position);
        int done = 0;
        while (done < wanted) {
            if (index == current.length) {
                row++;
                current = (row + ",name-" + row + "," + (row * 0.5) + "\n").getBytes(StandardCharsets.US_ASCII);
                index = 0;
            }
            int n = Math.min(wanted - done, current.length - index);
            System.arraycopy(current, index, buffer, offset + done, n);
            index += n;
            done += n;
        }
        position += done;
        return done;
    }
}
