package io.github.cameldatagrok.emulator.batch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One action a batch operation can name ({@code users.create}, ...). It runs with one params object and answers its
 * result and how to undo it (for {@code transaction: true}); a refusal is an {@link IllegalArgumentException} (error
 * code 400) or a {@link java.util.NoSuchElementException} (404).
 */
@FunctionalInterface
public interface BatchAction {

    Outcome run(JsonNode params) throws Exception;

    /** The result and the undo of one run; {@code undo} may be a no-op for actions that change nothing. */
    record Outcome(JsonNode result, Runnable undo) {
    }
}
