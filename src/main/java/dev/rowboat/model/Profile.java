package dev.rowboat.model;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** One-to-one with {@link User} (the tutorial's {@code uselist=False}): {@code user_id} is unique. */
@Entity
@Table(name = "profile", uniqueConstraints = @UniqueConstraint(name = "uq_profile_user_id", columnNames = "user_id"))
public class Profile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "fk_profile_user_id"))
    private User user;

    @Column(name = "about_me", length = 140)
    private String aboutMe;

    @StoredInZone("UTC")
    @Column(name = "last_seen")
    private LocalDateTime lastSeen;

    protected Profile() {
    }

    public Profile(User user, String aboutMe, LocalDateTime lastSeen) {
        this.user = user;
        this.aboutMe = aboutMe;
        this.lastSeen = lastSeen;
    }

    public Integer getId() { return id; }
    public User getUser() { return user; }
    public String getAboutMe() { return aboutMe; }
    public LocalDateTime getLastSeen() { return lastSeen; }
}
