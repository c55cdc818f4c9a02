package dev.rowboat.migrate.diff.models;

import jakarta.persistence.*;
import java.util.List;

/** {@link Base} and a new entity, {@code Label}, that refers to a note. */
public final class NewEntity {
    public static final List<Class<?>> CLASSES = List.of(Base.Author.class, Base.Note.class, Label.class);

    private NewEntity() {
    }

    @Entity(name = "Label")
    @Table(name = "label")
    public static class Label {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 30, nullable = false) String text;
        @ManyToOne @JoinColumn(name = "note_id", foreignKey = @ForeignKey(name = "fk_label_note_id")) Base.Note note;
    }
}
