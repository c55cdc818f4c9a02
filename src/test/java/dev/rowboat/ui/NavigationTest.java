package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clicking through the tutorial's relationships, and back and forward again. */
class NavigationTest {
    @TempDir
    Path home;
    private RowboatWindow window;

    @BeforeEach
    void start() throws Exception {
        window = RowboatWindow.startAndWait(home, null);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private String selectedTab() {
        Tab tab = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        return tab == null ? "" : tab.getText();
    }

    private String trail() {
        return String.join(" ", window.robot.lookup("#breadcrumbs .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()) + "|" + String.join(" ", window.robot.lookup("#breadcrumbs .hyperlink")
                .queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList());
    }

    private void clickLink(String entityGridId, String text) {
        var grid = window.robot.lookup(entityGridId).queryTableView();
        String attribute = text.substring(0, text.indexOf(' '));
        window.robot.interact(() -> grid.getColumns().stream().filter(c -> ("col-" + attribute).equals(c.getId()))
                .findFirst().ifPresent(grid::scrollToColumn)); // scroll sideways to it, as a person would
        window.robot.clickOn(window.robot.lookup(entityGridId + " .hyperlink").match(n -> text.equals(((Hyperlink) n).getText()))
                .queryAs(Hyperlink.class));
    }

    private Object selectedId(String gridId) {
        var grid = window.robot.lookup(gridId).queryTableView();
        Object row = grid.getSelectionModel().getSelectedItem();
        return row == null ? null : ((dev.rowboat.data.paging.Row) row).id();
    }

    @Test
    void userToPostsToPostToAuthorThenBackAndForward() {
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        clickLink("#grid-User", "posts (3)");
        waitUntil(() -> selectedTab().equals("posts of User 1"));
        var posts = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        waitUntil(() -> posts.lookup("#grid-Post") instanceof javafx.scene.control.TableView<?> t && t.getItems().size() == 3);
        assertThat(trail()).isEqualTo("› posts|User john");

        window.robot.clickOn(window.robot.lookup(".hyperlink").match(n -> "john".equals(((Hyperlink) n).getText())
                && n.getScene() != null && posts.lookupAll(".hyperlink").contains(n)).queryAs(Hyperlink.class));
        waitUntil(() -> selectedTab().equals("User"));
        waitUntil(() -> Integer.valueOf(1).equals(selectedId("#grid-User")));
        assertThat(trail()).isEqualTo("› › › author|User john posts Post 1");

        window.robot.clickOn("#navBack");
        waitUntil(() -> selectedTab().equals("posts of User 1"));
        window.robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        waitUntil(() -> selectedTab().equals("User"));
        assertThat(window.robot.lookup("#navForward").queryAs(Button.class).isDisabled()).isTrue();
        window.robot.clickOn(window.robot.lookup("#breadcrumbs .hyperlink").match(n -> "User john".equals(((Hyperlink) n).getText()))
                .queryAs(Hyperlink.class));
        waitUntil(() -> selectedTab().equals("User") && trail().equals("|") == false && trail().startsWith("|") == false);
        assertThat(window.robot.lookup("#navForward").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void choosingALabelRenamesTheRowsOfAGridThatIsOpen() {
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        // Monocle turns no right-click into a context-menu request: the item is fired as the click would
        window.robot.interact(() -> {
            var menu = window.robot.lookup("#entityList").queryAs(javafx.scene.control.ListView.class).getContextMenu();
            var label = (javafx.scene.control.Menu) menu.getItems().stream().filter(i -> "Label rows by".equals(i.getText()))
                    .findFirst().orElseThrow();
            label.getItems().stream().filter(i -> "email".equals(i.getText())).findFirst().orElseThrow().fire();
        });
        waitUntil(() -> window.robot.lookup("#statusLabel").queryAs(Label.class).getText().equals("User rows are now labelled by email."));
        clickLink("#grid-User", "posts (3)");
        waitUntil(() -> selectedTab().equals("posts of User 1"));
        assertThat(trail()).as("the User grid was open before the choice").isEqualTo("› posts|User john@example.com");
    }

    @Test
    void aPostsTagsAndAUsersFollowsAreManyToManyGrids() {
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 6);
        clickLink("#grid-Post", "tags (1)");
        waitUntil(() -> selectedTab().startsWith("tags of Post "));
        var tags = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        waitUntil(() -> tags.lookup("#grid-Tag") instanceof javafx.scene.control.TableView<?> t && t.getItems().size() == 1);

        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        clickLink("#grid-User", "followed (2)");
        waitUntil(() -> selectedTab().equals("followed of User 1"));
        var followed = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        waitUntil(() -> followed.lookup("#grid-User") instanceof javafx.scene.control.TableView<?> t && t.getItems().size() == 2);
    }

    @Test
    void theRelationsPanelListsAssociationsAndRowsThatReferToTheSelectedRow() {
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        window.robot.clickOn(window.robot.lookup("#grid-User .table-row-cell").nth(0).lookup(".table-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> relations().contains("Post.author (3)"));
        assertThat(relations()).contains("profile → Profile #1", "followed (2)", "followers (1)", "posts (3)", "Post.author (3)", "Profile.user (1)");
        assertThat(window.robot.lookup("#relationsTitle").queryAs(Label.class).getText()).isEqualTo("User john");
        window.robot.clickOn(window.robot.lookup("#relationsList .hyperlink").match(n -> "Post.author (3)".equals(((Hyperlink) n).getText()))
                .queryAs(Hyperlink.class));
        waitUntil(() -> selectedTab().equals("Post where author = User 1"));
        var posts = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        waitUntil(() -> posts.lookup("#grid-Post") instanceof javafx.scene.control.TableView<?> t && t.getItems().size() == 3);
    }

    @Test
    void aUserWithoutAProfileGetsOneFromTheRelationsPanel() {
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        window.robot.clickOn(window.robot.lookup("#grid-User .table-row-cell").nth(2).lookup(".table-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> relations().contains("profile → none"));
        window.robot.clickOn("#createRelated");
        waitUntil(() -> selectedTab().startsWith("Profile"));
        var profiles = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        waitUntil(() -> profiles.lookup("#grid-Profile") instanceof javafx.scene.control.TableView<?> t && t.getItems().size() == 3);
        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#pendingLabel").queryAs(Label.class).getText().isEmpty()
                && window.grid("Profile").getItems().stream().noneMatch(r -> r.id() instanceof dev.rowboat.ui.edit.NewRowId)
                && window.grid("Profile").getItems().size() == 3);
        assertThat(window.cellText("Profile", 2, "user")).isEqualTo("mary");
    }

    private java.util.List<String> relations() {
        return window.robot.lookup("#relationsList").queryListView().getItems().stream()
                .map(r -> ((dev.rowboat.ui.relations.Relation) r).text()).toList();
    }
}
