package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.AssociationNames;
import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person renames an association: it is used at once, kept for that database, and renamed again from there. */
class AssociationRenameTest {
    @TempDir
    Path home;

    @Test
    void aRenamedAssociationIsKeptForThatDatabaseAndLeadsToTheSameRows() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample().close();
            AssociationNames names = new AssociationNames(home.resolve("association-names.properties"));
            MicroblogConnector connector = new MicroblogConnector(test.spec(), false, names);
            try (OpenDatabase renamed = connector.renameAssociation(test.spec(), "Post", "author", "writer")) {
                assertThat(renamed.catalog().get("Post").attributes()).extracting(AttributeInfo::name).contains("writer")
                        .doesNotContain("author");
                assertThat(renamed.pages().fetch(new PageRequest("Post", null, List.of(), Anchor.first(), 10,
                        new Scope("User", 1, "posts")), QueryCancel.none()).rows()).hasSize(3);
            }
            MicroblogConnector later = new MicroblogConnector(test.spec(), false, new AssociationNames(home.resolve("association-names.properties")));
            try (OpenDatabase again = later.renameAssociation(test.spec(), "Post", "writer", "poster")) {
                assertThat(again.catalog().get("Post").attribute("poster")).as("renamed from its new name").isPresent();
            }
            assertThat(names.of(test.spec().displayUrl())).containsExactly(java.util.Map.entry("Post.author", "poster"));
            assertThat(names.of("jdbc:sqlite:/elsewhere.db")).as("another database keeps the derived names").isEmpty();
            DatabaseException refused = catchThrowableOfType(DatabaseException.class,
                    () -> names.rename(test.spec().displayUrl(), "Post", "poster", "two words"));
            assertThat(refused.getMessage()).contains("cannot name an association");
        }
    }
}
