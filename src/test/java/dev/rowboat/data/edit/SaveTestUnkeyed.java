package dev.rowboat.data.edit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A test-only entity whose table (made by the test, without a primary key) may repeat an id. */
@Entity
@Table(name = "save_test_unkeyed")
public class SaveTestUnkeyed {
    @Id
    private Integer id;

    private String text;

    protected SaveTestUnkeyed() {
    }
}
