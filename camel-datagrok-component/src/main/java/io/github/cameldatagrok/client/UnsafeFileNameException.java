package io.github.cameldatagrok.client;

/** A file name sent by the server that would leave the local target directory; nothing was written for it. */
public class UnsafeFileNameException extends DatagrokException {

    private static final long serialVersionUID = 1L;

    private final String fileName;

    public UnsafeFileNameException(String fileName, String reason) {
        super("Refused the file name " + SafeRelativePath.display(fileName) + " sent by Datagrok: " + reason
                + "; nothing is written outside the target directory");
        this.fileName = fileName;
    }

    /** The name as the server sent it. */
    public String getFileName() {
        return fileName;
    }
}
