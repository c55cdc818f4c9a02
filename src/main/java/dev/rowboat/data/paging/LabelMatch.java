package dev.rowboat.data.paging;

/** One row found by its label: what a picker lists (label and id) and the keyset cursor of the next page. */
public record LabelMatch(String entity, Object id, Object label) {
    /** The same row as a to-one cell holds it. */
    public RefValue toRef() {
        return new RefValue(entity, id, label);
    }

    @Override
    public String toString() {
        return (label == null ? "NULL" : String.valueOf(label)) + "  #" + id;
    }
}
