package io.github.cameldatagrok.component;

import java.util.List;

import org.apache.camel.Message;

/**
 * The headers a {@code datagrok:} producer sets to describe its result. Every producer removes all of them before it
 * runs, so after {@code table upload -> table upload -> dashboard create} the message holds the dashboard's result,
 * not the last table's {@code CamelDatagrokMarkup} or {@code CamelDatagrokTableId}. None of them is read as an input.
 * Headers that are inputs as well ({@code CamelDatagrokFilePath}, {@code CamelDatagrokRequestId}) and the headers
 * a consumer sets on the message it starts with ({@code CamelDatagrokFileETag}, {@code CamelDatagrokFileStatus},
 * {@code CamelDatagrokContentHash}, {@code CamelDatagrokContentLength}) are left alone.
 */
final class ResultHeaders {

    static final List<String> ALL = List.of(DatagrokConstants.TABLE_ID, DatagrokConstants.GROK_NAME,
            DatagrokConstants.URL, DatagrokConstants.MARKUP, DatagrokConstants.DASHBOARD_ID,
            DatagrokConstants.SHARE_STATUS, DatagrokConstants.SHARED_WITH, DatagrokConstants.SHARE_FAILED,
            DatagrokConstants.GROUP_ID, DatagrokConstants.FILE_LENGTH, DatagrokConstants.USER_ID,
            DatagrokConstants.CONNECTION_ID, DatagrokConstants.CREDENTIALS_ID, DatagrokConstants.PACKAGE_ID,
            DatagrokConstants.FUNCTION_ID, DatagrokConstants.RESULT_COUNT, DatagrokConstants.RESULTS_TRUNCATED,
            DatagrokConstants.BATCH_SUMMARY, DatagrokConstants.BATCH_PROBLEMS, DatagrokConstants.HEALTH_STATUS);

    private ResultHeaders() {
    }

    /** Removes the results of an earlier step; the producer then sets those of its own result. */
    static void clear(Message message) {
        for (String header : ALL) {
            message.removeHeader(header);
        }
    }
}
