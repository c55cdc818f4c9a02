package dev.rowboat.migrate.diff.models;

import jakarta.persistence.*;
import java.util.List;

/** {@link Base} without the index {@code ix_note_title}. */
public final class NoIndex {
    public static final List<Class<?>> CLASSES = List.of(Base.Author.class, Note.class);

    private NoIndex() {
    }

    @Entity(name = "Note")
    @Table(name = "note")
    public static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 64) String title;
        @Column(length = 200) String body;
        @ManyToOne @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_note_author_id")) Base.Author author;
    }
}
