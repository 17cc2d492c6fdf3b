package io.github.cameldatagrok.support.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/** Opens the state a polling consumer keeps: a Camel repository when one is configured, else a {@link StateFile}. */
public final class ConsumerStates {

    private ConsumerStates() {
    }

    /**
     * @param idempotent a repository of the items done (claimed before their exchange unless {@code inProgress} is
     *                   set), or null
     * @param states     a repository of item -> version, or null
     * @param inProgress a repository holding the claims while exchanges run (camel-file's option of that name), or
     *                   null
     * @param keyPrefix  what the keys in a shared repository start with (the polled thing's name, ending with /)
     * @param kind       the consumer's kind, the start of the state file's name ({@code file}, {@code dashboard})
     * @param identity   everything that decides which items the consumer sees (filters included): consumers with
     *                   another identity get another state file
     */
    public static ConsumerState open(CamelContext context, IdempotentRepository idempotent,
                                     StateRepository<String, String> states, IdempotentRepository inProgress,
                                     String keyPrefix, Path workDirectory, String kind, String identity,
                                     ObjectMapper json) throws Exception {
        if (idempotent != null && states != null) {
            throw new IllegalArgumentException("Set stateRepository or idempotentRepository, not both");
        }
        // A repository may be shared by several routes (or nodes): as camel-file does, it becomes a service of the
        // context, started now and stopped when the context stops, not when this consumer does (stopping a
        // MemoryIdempotentRepository clears it; a JDBC one stops its keep-alive).
        for (Object repository : new Object[] {idempotent, states, inProgress}) {
            if (repository != null) {
                context.addService(repository, true);
            }
        }
        ConsumerState done;
        if (idempotent != null) {
            done = RepositoryState.of(keyPrefix, idempotent, inProgress != null);
        } else if (states != null) {
            done = RepositoryState.of(keyPrefix, states, json);
        } else {
            done = new StateFile(workDirectory.toAbsolutePath(), stateName(kind, identity), json);
        }
        return inProgress == null ? done : new ClaimedState(done, inProgress, keyPrefix);
    }

    /** A readable, file-system-safe name for the state of one consumer, unique by a hash of its identity. */
    public static String stateName(String kind, String identity) {
        String readable = identity.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return kind + "-" + readable + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
