package dev.rowboat.data.paging;

/** A to-many cell: how many rows the association holds. */
public record CountValue(String attribute, long count) {
    @Override
    public String toString() {
        return attribute + " (" + count + ")";
    }
}
