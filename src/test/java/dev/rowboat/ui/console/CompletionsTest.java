package dev.rowboat.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Ctrl+Space offers: names from the catalog, an alias's attributes, a table's columns. */
class CompletionsTest {
    private final Completions completions = new Completions(catalog());

    @Test
    void aPrefixIsCompletedFromEntitiesTablesAttributesAndKeywords() {
        Completions.Offer offer = completions.at("from Us", 7);
        assertThat(offer.start()).isEqualTo(5);
        assertThat(offer.prefix()).isEqualTo("Us");
        assertThat(offer.candidates()).contains("User", "user_account", "username", "user_name").doesNotContain("Post", "body");
        assertThat(completions.at("sel", 3).candidates()).contains("SELECT");
    }

    @Test
    void afterAnAliasAndADotTheAttributesOfItsEntityAreOffered() {
        String text = "select u from User u where u.";
        assertThat(completions.at(text, text.length()).candidates()).containsExactlyInAnyOrder("id", "username", "posts");
        String typed = "select p.b from Post as p";
        assertThat(completions.at(typed, "select p.b".length()).candidates()).containsExactly("body");
    }

    @Test
    void afterATableNameTheColumnsAreOffered() {
        String text = "select * from user_account where user_account.";
        assertThat(completions.at(text, text.length()).candidates()).containsExactlyInAnyOrder("id", "user_name");
    }

    private static EntityCatalog catalog() {
        EntityInfo user = new EntityInfo("User", "user_account", true, List.of(
                attribute("id", AttributeKind.ID, Long.class, "id"),
                attribute("username", AttributeKind.BASIC, String.class, "user_name"),
                attribute("posts", AttributeKind.TO_MANY, Object.class, null)), "username", List.of());
        EntityInfo post = new EntityInfo("Post", "post", true, List.of(
                attribute("id", AttributeKind.ID, Long.class, "id"),
                attribute("body", AttributeKind.BASIC, String.class, "body")), "body", List.of());
        return new EntityCatalog(List.of(user, post));
    }

    private static AttributeInfo attribute(String name, AttributeKind kind, Class<?> type, String column) {
        return new AttributeInfo(name, kind, type, column, kind == AttributeKind.TO_MANY ? "Post" : null, null, true, false, null);
    }
}
