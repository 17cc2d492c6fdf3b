package io.github.cameldatagrok.component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;

/**
 * What one operation's producer or consumer accepts: its actions (the first is its default) and the output types it
 * can hand a download over in. Checked when the producer or consumer starts, and for each message's action header,
 * so that a wrong setting fails before anything is sent (and no answer is left open).
 */
public final class OperationSupport {

    /** A table's CSV (tables, function dataframes). */
    public static final Set<DatagrokOutputType> CSV = EnumSet.of(DatagrokOutputType.stream, DatagrokOutputType.string,
            DatagrokOutputType.rows, DatagrokOutputType.iterator);
    /** A file's bytes: as CSV, or whole, or written to localPath. */
    public static final Set<DatagrokOutputType> FILE_DOWNLOAD = EnumSet.of(DatagrokOutputType.stream,
            DatagrokOutputType.string, DatagrokOutputType.rows, DatagrokOutputType.iterator, DatagrokOutputType.bytes,
            DatagrokOutputType.file);
    /** Files handed to a route by the polling consumer (never written to localPath). */
    public static final Set<DatagrokOutputType> FILE_POLL = EnumSet.of(DatagrokOutputType.stream,
            DatagrokOutputType.string, DatagrokOutputType.rows, DatagrokOutputType.iterator, DatagrokOutputType.bytes);
    /** Operations whose answers are objects: only the default outputType. */
    public static final Set<DatagrokOutputType> NO_OUTPUT_TYPE = EnumSet.of(DatagrokOutputType.stream);

    private final String name;
    private final List<DatagrokAction> actions;
    private final Set<DatagrokOutputType> outputTypes;

    private OperationSupport(String name, Set<DatagrokOutputType> outputTypes, List<DatagrokAction> actions) {
        this.name = name;
        this.outputTypes = outputTypes;
        this.actions = actions;
    }

    /** @param actions the first is the default; none for an operation without actions */
    public static OperationSupport of(String name, Set<DatagrokOutputType> outputTypes, DatagrokAction... actions) {
        return new OperationSupport(name, outputTypes, List.of(actions));
    }

    /** Refuses an {@code action} or {@code outputType} option this operation does not support, naming what it does. */
    public void check(DatagrokConfiguration configuration) {
        DatagrokAction action = configuration.getAction();
        if (action != null) {
            checkAction(action, "action " + action);
        }
        DatagrokOutputType outputType = configuration.getOutputType();
        if (outputType != null && !outputTypes.contains(outputType)) {
            throw new IllegalArgumentException(outputTypes.equals(NO_OUTPUT_TYPE)
                    ? name + " has no outputType option (its answers are objects); remove outputType=" + outputType
                    : name + " does not support outputType=" + outputType + "; use one of " + outputTypes);
        }
    }

    /** Whether the operation has actions (the ones without ignore the action header). */
    boolean hasActions() {
        return !actions.isEmpty();
    }

    /** The action of a message (header, else option, else this operation's default), refused unless supported. */
    DatagrokAction action(Exchange exchange, DatagrokEndpoint endpoint) {
        DatagrokAction action = MessageOptions.action(exchange, endpoint, actions.isEmpty() ? null : actions.get(0));
        if (action != null) {
            checkAction(action, "action " + action + " (header " + DatagrokConstants.ACTION + " or option)");
        }
        return action;
    }

    private void checkAction(DatagrokAction action, String what) {
        if (!actions.contains(action)) {
            throw new IllegalArgumentException(actions.isEmpty() ? name + " takes no action; remove " + what
                    : name + " does not support " + what + "; use one of " + actions);
        }
    }
}
