package dev.rowboat.migrate.diff.models;

import jakarta.persistence.*;
import java.util.List;

/** {@link Base} with {@code note.title} widened from 64 to 200 characters. */
public final class Widened {
    public static final List<Class<?>> CLASSES = List.of(Base.Author.class, Note.class);

    private Widened() {
    }

    @Entity(name = "Note")
    @Table(name = "note", indexes = @Index(name = "ix_note_title", columnList = "title"))
    public static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 200) String title;
        @Column(length = 200) String body;
        @ManyToOne @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_note_author_id")) Base.Author author;
    }
}
