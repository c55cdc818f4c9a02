package dev.rowboat.data.edit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A test-only entity with what the microblog lacks: a version, a required column, a decimal with
 * precision and a small integer column. The writer never sees this class, only its metamodel.
 */
@Entity
@Table(name = "save_test_note")
public class SaveTestNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Version
    private Integer version;

    @Column(nullable = false, length = 20)
    private String title;

    @Column(precision = 5, scale = 2)
    private BigDecimal price;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer priority;

    protected SaveTestNote() {
    }
}
