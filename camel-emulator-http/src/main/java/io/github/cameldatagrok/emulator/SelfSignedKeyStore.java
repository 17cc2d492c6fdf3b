package io.github.cameldatagrok.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Makes a self-signed PKCS12 key store for an emulator's {@code tls(Path, String)} builder option, with the JDK's own
 * {@code keytool}: alias {@value #ALIAS}, RSA 2048, valid 2 days, {@code CN=localhost}, subject alternative names
 * {@code 127.0.0.1} and {@code localhost}. The same file serves as the clients' trust store. For tests only.
 */
public final class SelfSignedKeyStore {

    public static final String ALIAS = "datagrok";
    public static final String FILE_NAME = "datagrok-emulator.p12";

    private SelfSignedKeyStore() {
    }

    /** Creates (or replaces) {@code dir/}{@value #FILE_NAME}, store and key under {@code password}; returns it. */
    public static Path create(Path dir, String password) {
        if (password.length() < 6) {
            throw new IllegalArgumentException("keytool needs a password of at least 6 characters");
        }
        Path keyStore = dir.resolve(FILE_NAME).toAbsolutePath();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(keyStore);
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                    "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                    "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                    "-storepass", password, "-keypass", password))
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(keytool + " did not finish within 60 s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(keyStore)) {
                throw new IllegalStateException(keytool + " failed (exit " + process.exitValue() + "): " + output.strip());
            }
            return keyStore;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + keytool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + keytool, e);
        }
    }

    /** An SSLContext that trusts the certificates of this key store (and nothing else), for a client. */
    public static SSLContext trustingSslContext(Path keyStore, String password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the key store " + keyStore + ": " + e.getMessage(), e);
        }
    }
}
