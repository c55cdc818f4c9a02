package dev.rowboat.migrate.diff.models;

import jakarta.persistence.*;
import java.util.List;

/** {@link Base} without {@code note.body}. */
public final class Dropped {
    public static final List<Class<?>> CLASSES = List.of(Base.Author.class, Note.class);

    private Dropped() {
    }

    @Entity(name = "Note")
    @Table(name = "note", indexes = @Index(name = "ix_note_title", columnList = "title"))
    public static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 64) String title;
        @ManyToOne @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_note_author_id")) Base.Author author;
    }
}
