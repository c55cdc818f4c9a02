package dev.rowboat.migrate.diff.models;

import jakarta.persistence.*;
import java.util.List;

/**
 * Model A of the autogenerate tests: an author and the notes they write. The other classes of
 * this package are A with exactly one change each.
 */
public final class Base {
    public static final List<Class<?>> CLASSES = List.of(Author.class, Note.class);

    private Base() {
    }

    @Entity(name = "Author")
    @Table(name = "author")
    public static class Author {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 64) String name;
    }

    @Entity(name = "Note")
    @Table(name = "note", indexes = @Index(name = "ix_note_title", columnList = "title"))
    public static class Note {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
        @Column(length = 64) String title;
        @Column(length = 200) String body;
        @ManyToOne @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_note_author_id")) Author author;
    }
}
