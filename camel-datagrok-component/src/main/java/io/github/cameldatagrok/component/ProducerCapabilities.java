package io.github.cameldatagrok.component;

import java.util.Set;

/**
 * The actions and output types one operation's producer supports, checked when the producer starts: an option the
 * producer would otherwise ignore ({@code datagrok:call:Sin?action=download}) fails the route before anything is
 * sent, naming what the operation accepts.
 *
 * @param operation   the operation, for the error
 * @param actions     the actions it accepts; empty when it has none (then {@code action} must not be set)
 * @param outputTypes the output types it accepts
 */
record ProducerCapabilities(DatagrokOperation operation, Set<DatagrokAction> actions,
                            Set<DatagrokOutputType> outputTypes) {

    ProducerCapabilities {
        actions = Set.copyOf(actions);
        outputTypes = Set.copyOf(outputTypes);
    }

    /** Throws {@link IllegalArgumentException} for an {@code action} or {@code outputType} the operation ignores. */
    void check(DatagrokConfiguration configuration) {
        DatagrokAction action = configuration.getAction();
        if (action != null && !actions.contains(action)) {
            throw new IllegalArgumentException("datagrok:" + operation + " does not support action=" + action
                    + (actions.isEmpty() ? ": it has no actions, leave the option out"
                    : ": use one of " + sorted(actions)));
        }
        DatagrokOutputType outputType = configuration.getOutputType();
        if (outputType != null && !outputTypes.contains(outputType)) {
            throw new IllegalArgumentException("datagrok:" + operation + " does not support outputType=" + outputType
                    + ": use one of " + sorted(outputTypes));
        }
    }

    private static <E extends Enum<E>> String sorted(Set<E> values) {
        return values.stream().sorted().map(Enum::name).toList().toString();
    }
}
