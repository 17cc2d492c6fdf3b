package io.github.cameldatagrok.component;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.cameldatagrok.client.DatagrokFiles;
import io.github.cameldatagrok.client.DirectorySync;
import io.github.cameldatagrok.client.FileSyncOptions;
import io.github.cameldatagrok.client.SafeRelativePath;
import io.github.cameldatagrok.client.UploadContent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.util.ObjectHelper;

/**
 * {@code datagrok:file:<connector>/<path>} producer: uploads the body as a file, downloads a file into the body, deletes
 * a file, or mirrors a remote directory into {@code localPath} like Datagrok's Python client.
 */
public class DatagrokFileProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:file",
            OperationSupport.FILE_DOWNLOAD, DatagrokAction.upload, DatagrokAction.download, DatagrokAction.delete,
            DatagrokAction.sync);

    public DatagrokFileProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) throws Exception {
        FileTarget target = FileTarget.of(MessageOptions.target(exchange, getEndpoint()));
        String pathHeader = exchange.getMessage().getHeader(DatagrokConstants.FILE_PATH, String.class);
        String path = ObjectHelper.isEmpty(pathHeader) ? target.path() : pathHeader;
        switch (action) {
            case upload -> upload(exchange, target.connector(), path);
            case download -> download(exchange, target.connector(), path);
            case delete -> delete(exchange, target.connector(), path);
            default -> sync(exchange, target.connector(), path);
        }
    }

    private DatagrokFiles files() {
        return getEndpoint().getClient().files();
    }

    private void upload(Exchange exchange, String connector, String path) {
        Message message = exchange.getMessage();
        UploadContent content = FileBodies.toUpload(exchange);
        String file = path.isEmpty() || path.endsWith("/") ? path + FileBodies.fileName(exchange) : path;
        checkRelative(file);
        files().upload(connector, file, content);
        message.setHeader(DatagrokConstants.FILE_PATH, file);
        if (content.length() >= 0) {
            message.setHeader(DatagrokConstants.FILE_LENGTH, content.length());
        }
    }

    private void download(Exchange exchange, String connector, String path) throws Exception {
        requireFile(path, "download");
        Message message = exchange.getMessage();
        message.setHeader(DatagrokConstants.FILE_PATH, path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        message.setHeader(Exchange.FILE_NAME, name);
        DatagrokConfiguration config = getEndpoint().getConfiguration();
        if (config.getOutputType() == DatagrokOutputType.file) {
            Path local = localFile(config.getLocalPath(), name);
            long size = files().downloadTo(connector, path, local);
            message.setHeader(DatagrokConstants.FILE_LENGTH, size);
            message.setBody(local.toFile());
            return;
        }
        InputStream in = files().download(connector, path);
        FileBodies.setDownloadBody(exchange, in, config.getOutputType());
    }

    private void delete(Exchange exchange, String connector, String path) {
        requireFile(path, "delete");
        files().delete(connector, path);
        exchange.getMessage().setHeader(DatagrokConstants.FILE_PATH, path);
    }

    private void sync(Exchange exchange, String connector, String directory) {
        DatagrokConfiguration config = getEndpoint().getConfiguration();
        if (ObjectHelper.isEmpty(config.getLocalPath())) {
            throw new IllegalArgumentException("datagrok:file action=sync needs the localPath option: the local"
                    + " directory to mirror " + connector + "/" + directory + " into");
        }
        DirectorySync.Result result = new DirectorySync(files())
                .clearWhenRemoteEmpty(config.isClearWhenRemoteEmpty())
                .sync(connector, directory, Path.of(config.getLocalPath()),
                        new FileSyncOptions(config.isRecursive(), config.getExt()));
        Message message = exchange.getMessage();
        message.setHeader(DatagrokConstants.FILE_PATH, directory);
        message.setBody(result);
    }

    /** {@code localPath} as the file to write: a directory (existing, or written with a trailing /) gets the name. */
    static Path localFile(String localPath, String remoteName) {
        if (ObjectHelper.isEmpty(localPath)) {
            throw new IllegalArgumentException("outputType=file needs the localPath option: the file (or directory)"
                    + " to download into");
        }
        Path local = Path.of(localPath);
        if (localPath.endsWith("/") || localPath.endsWith(File.separator) || Files.isDirectory(local)) {
            return SafeRelativePath.resolve(local, remoteName);
        }
        return local;
    }

    private static void requireFile(String path, String action) {
        if (path.isEmpty() || path.endsWith("/")) {
            throw new IllegalArgumentException("datagrok:file action=" + action + " needs a file, not the directory '"
                    + path + "': name it in the URI (datagrok:file:<connector>/<path>) or in the "
                    + DatagrokConstants.FILE_PATH + " header");
        }
        checkRelative(path);
    }

    /** The same rules as for names the server sends: no '..', no backslash, no empty segment, ... */
    private static void checkRelative(String path) {
        String problem = SafeRelativePath.problem(path.startsWith("/") ? path.substring(1) : path);
        if (problem != null) {
            throw new IllegalArgumentException("The Datagrok file path '" + path + "' is not a plain relative path: "
                    + problem);
        }
    }

    /** The connector and the path inside it, split at the first {@code /} of the target. */
    public record FileTarget(String connector, String path) {
        public static FileTarget of(String target) {
            int slash = target.indexOf('/');
            String connector = slash < 0 ? target : target.substring(0, slash);
            if (connector.isBlank()) {
                throw new IllegalArgumentException("No Datagrok file connector in '" + target
                        + "': use datagrok:file:<connector>/<path>, e.g. datagrok:file:System:DemoFiles/incoming/");
            }
            return new FileTarget(connector, slash < 0 ? "" : target.substring(slash + 1));
        }
    }
}
