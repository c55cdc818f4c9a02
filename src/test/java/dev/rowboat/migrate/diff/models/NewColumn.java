package dev.rowboat.migrate.diff.models;

import jakarta.persistence.*;
import java.util.List;

/** {@link Base} with a new column, {@code note.language}. */
public final class NewColumn {
    public static final List<Class<?>> CLASSES = List.of(Base.Author.class, Note.class);

    private NewColumn() {
    }

    @Entity(name = "Note")
    @Table(name = "note", indexes = @Index(name = "ix_note_title", columnList = "title"))
    public static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 64) String title;
        @Column(length = 200) String body;
        @Column(length = 5) String language;
        @ManyToOne @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_note_author_id")) Base.Author author;
    }
}
