package dev.rowboat.data.paging;

/** A to-one cell: the target's id and its label (e.g. the author's username). */
public record RefValue(String entity, Object id, Object label) {
    @Override
    public String toString() {
        return label == null || label.equals(id) ? entity + " #" + id : String.valueOf(label);
    }
}
