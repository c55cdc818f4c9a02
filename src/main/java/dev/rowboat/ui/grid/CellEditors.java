package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.mapping.TextRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Editors that fit a column's type: a date picker with a time field for date-times, a list of
 * constants for enums; other types are typed as text and parsed strictly.
 */
final class CellEditors {
    private CellEditors() {
    }

    static boolean hasOwnEditor(AttributeInfo attribute) {
        Class<?> type = attribute.javaType();
        return type == LocalDateTime.class || type == LocalDate.class || type.isEnum() || !choices(attribute).isEmpty();
    }

    /** The values a column of an enum type allows (PostgreSQL's, MySQL's), in the type's order; else empty. */
    private static java.util.List<String> choices(AttributeInfo attribute) {
        TextRule rule = attribute.textRule();
        return rule != null && rule.kind() == TextRule.Kind.ONE_OF ? rule.allowed() : java.util.List.of();
    }

    /**
     * @param commit receives the edited value as text, in the form {@code ValueParser} reads
     * @param cancel called on Escape
     */
    static Node editor(AttributeInfo attribute, String current, Consumer<String> commit, Runnable cancel) {
        Class<?> type = attribute.javaType();
        if (type.isEnum() || !choices(attribute).isEmpty()) {
            ComboBox<String> choices = new ComboBox<>();
            choices.setId("choiceEditor");
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    choices.getItems().add(((Enum<?>) constant).name());
                }
            } else {
                choices.getItems().addAll(choices(attribute));
            }
            choices.setValue(current.isEmpty() ? null : current);
            choices.setOnAction(e -> commit.accept(choices.getValue() == null ? "" : choices.getValue()));
            choices.setOnKeyPressed(e -> escape(e.getCode(), cancel));
            return choices;
        }
        DatePicker date = new DatePicker();
        // ISO dates, as the grid shows them and as the parser reads them, whatever the locale
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.setId("dateEditor");
        date.getStyleClass().add("cell-editor");
        date.setPromptText("yyyy-mm-dd");
        TextField time = new TextField();
        time.setId("timeEditor");
        time.setPrefColumnCount(8);
        time.setPromptText("HH:mm:ss");
        if (!current.isEmpty()) {
            String[] parts = current.split(" ", 2);
            date.setValue(LocalDate.parse(parts[0]));
            time.setText(parts.length > 1 ? parts[1] : "00:00:00");
        }
        Runnable done = () -> {
            String day = date.getEditor().getText().strip();
            commit.accept(day.isEmpty() ? "" : type == LocalDate.class ? day : day + " " + (time.getText().isBlank() ? "00:00:00" : time.getText().strip()));
        };
        date.setOnAction(e -> {
            if (type == LocalDate.class) {
                done.run();
            } else {
                time.requestFocus();
            }
        });
        date.getEditor().setOnAction(e -> done.run());
        time.setOnAction(e -> done.run());
        date.setOnKeyPressed(e -> escape(e.getCode(), cancel));
        time.setOnKeyPressed(e -> escape(e.getCode(), cancel));
        if (type == LocalDate.class) {
            return date;
        }
        HBox box = new HBox(2, date, time);
        if (attribute.zone() != null) {
            javafx.scene.control.Label zone = new javafx.scene.control.Label(attribute.zone());
            zone.getStyleClass().add("column-type");
            box.getChildren().add(zone);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        HBox.setHgrow(date, Priority.ALWAYS);
        return box;
    }


    private static void escape(KeyCode code, Runnable cancel) {
        if (code == KeyCode.ESCAPE) {
            cancel.run();
        }
    }
}
