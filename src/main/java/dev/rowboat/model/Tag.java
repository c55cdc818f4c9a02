package dev.rowboat.model;

import jakarta.persistence.*;
import java.util.LinkedHashSet;
import java.util.Set;

/** Many-to-many with {@link Post} through the association table {@code post_tag}. */
@Entity
@Table(name = "tag", indexes = @Index(name = "ix_tag_name", columnList = "name", unique = true))
public class Tag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(length = 50)
    private String name;

    @ManyToMany(mappedBy = "tags")
    private Set<Post> posts = new LinkedHashSet<>();

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Integer getId() { return id; }
    public String getName() { return name; }
    public Set<Post> getPosts() { return posts; }
}
