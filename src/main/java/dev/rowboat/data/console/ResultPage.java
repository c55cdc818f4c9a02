package dev.rowboat.data.console;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Rows a console query gave, as read: the columns' names and each row's values.
 *
 * @param offset how many rows of the result come before these
 * @param more whether the result has rows after these
 * @param elapsed how long the database took for this page
 */
public record ResultPage(List<String> columns, List<List<Object>> rows, int offset, boolean more, Duration elapsed) {
    public ResultPage {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(rows); // values may be null
    }
}
