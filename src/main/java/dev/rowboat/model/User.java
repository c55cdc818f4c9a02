package dev.rowboat.model;

import jakarta.persistence.*;
import java.util.LinkedHashSet;
import java.util.Set;

/** The tutorial's {@code User}: table {@code user}, quoted where the database reserves the word. */
@Entity
@Table(name = "user", indexes = {
        @Index(name = "ix_user_username", columnList = "username", unique = true),
        @Index(name = "ix_user_email", columnList = "email", unique = true)})
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(length = 64)
    private String username;

    @Column(length = 120)
    private String email;

    @Column(name = "password_hash", length = 128)
    private String passwordHash;

    @OneToMany(mappedBy = "author")
    private Set<Post> posts = new LinkedHashSet<>();

    /** The tutorial's self-referential many-to-many: rows of {@code followers} where this user is the follower. */
    @ManyToMany
    @JoinTable(name = "followers",
            joinColumns = @JoinColumn(name = "follower_id", foreignKey = @ForeignKey(name = "fk_followers_follower_id")),
            inverseJoinColumns = @JoinColumn(name = "followed_id", foreignKey = @ForeignKey(name = "fk_followers_followed_id")))
    private Set<User> followed = new LinkedHashSet<>();

    @ManyToMany(mappedBy = "followed")
    private Set<User> followers = new LinkedHashSet<>();

    @OneToOne(mappedBy = "user")
    private Profile profile;

    protected User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Integer getId() { return id; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Set<Post> getPosts() { return posts; }
    public Set<User> getFollowed() { return followed; }
    public Set<User> getFollowers() { return followers; }
    public Profile getProfile() { return profile; }

    public void follow(User other) {
        followed.add(other);
        other.followers.add(this);
    }
}
