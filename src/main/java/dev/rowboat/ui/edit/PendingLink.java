package dev.rowboat.ui.edit;

/**
 * One pending change to a many-to-many: {@code target} linked to, or unlinked from, the owner's
 * association (a tag added to a post). The target's label is kept for showing it.
 */
public record PendingLink(RowRef owner, String association, String targetEntity, Object targetId, Object targetLabel,
                          boolean link) {
    /** Whether it is about the same pair of rows, whatever the direction. */
    boolean samePair(PendingLink other) {
        return owner.equals(other.owner) && association.equals(other.association) && targetEntity.equals(other.targetEntity)
                && java.util.Objects.equals(targetId, other.targetId);
    }

    @Override
    public String toString() {
        return (link ? "link " : "unlink ") + (targetLabel == null ? "#" + targetId : targetLabel);
    }
}
