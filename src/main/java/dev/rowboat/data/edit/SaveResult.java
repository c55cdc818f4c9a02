package dev.rowboat.data.edit;

import java.util.List;
import java.util.Map;

/**
 * A committed save.
 *
 * @param generatedIds new row number to the id the database gave it
 * @param rowsWritten rows inserted, updated and deleted
 */
public record SaveResult(Map<Integer, Object> generatedIds, int rowsWritten) {
    public SaveResult {
        generatedIds = Map.copyOf(generatedIds);
    }

    public static SaveResult of(Map<Integer, Object> generatedIds, List<RowEdit> edits) {
        return new SaveResult(generatedIds, edits.size());
    }
}
