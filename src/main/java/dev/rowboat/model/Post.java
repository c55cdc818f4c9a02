package dev.rowboat.model;

import jakarta.persistence.*;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/** The tutorial's {@code Post}; {@code timestamp} is a naive UTC date-time, as Flask-SQLAlchemy stores it. */
@Entity
@Table(name = "post", indexes = @Index(name = "ix_post_timestamp", columnList = "timestamp"))
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(length = 140)
    private String body;

    @StoredInZone("UTC")
    @Column(name = "timestamp")
    private LocalDateTime timestamp;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "fk_post_user_id"))
    private User author;

    @ManyToMany
    @JoinTable(name = "post_tag",
            joinColumns = @JoinColumn(name = "post_id", foreignKey = @ForeignKey(name = "fk_post_tag_post_id")),
            inverseJoinColumns = @JoinColumn(name = "tag_id", foreignKey = @ForeignKey(name = "fk_post_tag_tag_id")))
    private Set<Tag> tags = new LinkedHashSet<>();

    protected Post() {
    }

    public Post(String body, User author) {
        this.body = body;
        this.author = author;
        author.getPosts().add(this);
    }

    /** Like the tutorial's {@code default=datetime.utcnow}: filled on insert when not set. */
    @PrePersist
    void defaultTimestamp() {
        if (timestamp == null) {
            timestamp = LocalDateTime.now(ZoneOffset.UTC);
        }
    }

    public Integer getId() { return id; }
    public String getBody() { return body; }
    public LocalDateTime getTimestamp() { return timestamp; }
    public void setTimestamp(LocalDateTime timestamp) { this.timestamp = timestamp; }
    public User getAuthor() { return author; }
    public Set<Tag> getTags() { return tags; }
}
