package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View › Diagram on the sample: a box per entity; a click on a box opens its grid, a drag moves it and is remembered. */
class DiagramWindowTest {
    @TempDir
    Path home;
    private RowboatWindow window;

    @BeforeEach
    void openTheDiagram() throws Exception {
        window = RowboatWindow.startAndWait(home, null);
        window.robot.clickOn("View").clickOn("Diagram");
        waitUntil(() -> window.robot.lookup("#diagramView").tryQuery().isPresent()
                && window.robot.lookup(".diagram-box").queryAll().size() == 6);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void showsABoxPerEntityAndAClickOpensItsGrid() {
        assertThat(window.robot.lookup(".diagram-box").queryAll().stream().map(Node::getUserData).toList())
                .containsExactlyInAnyOrder("User", "Post", "Tag", "Profile", "followers", "post_tag");
        assertThat(window.robot.lookup(".diagram-edge").queryAll().stream().map(Node::getUserData).toList()).containsExactlyInAnyOrder(
                "Post.author -> User", "Profile.user -> User", "post_tag.tags -> Tag", "post_tag.posts -> Post",
                "followers.followed -> User", "followers.followers -> User");

        window.robot.clickOn("#diagram-box-Tag");

        waitUntil(() -> window.robot.lookup("#grid-Tag").tryQuery().isPresent());
        TabPane tabs = window.robot.lookup("#entityTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).contains("Tag");
    }

    @Test
    void aDraggedBoxStaysWhereItWasPutAndItsPlaceIsRemembered() throws Exception {
        Node profile = window.robot.lookup("#diagram-box-Profile").query();
        javafx.geometry.Point2D before = profile.localToScene(0, 0);

        window.robot.drag("#diagram-box-Profile").moveBy(60, 40).drop();

        waitUntil(() -> !profile.localToScene(0, 0).equals(before));
        javafx.geometry.Point2D after = profile.localToScene(0, 0);
        assertThat(List.of(after.getX() - before.getX(), after.getY() - before.getY())).as("it moves with the pointer, at any zoom")
                .allSatisfy(d -> assertThat(d).isCloseTo(d > 50 ? 60.0 : 40.0, org.assertj.core.data.Offset.offset(0.5)));
        double x = profile.getLayoutX();
        double y = profile.getLayoutY();
        assertThat(window.robot.lookup("#grid-Profile").tryQuery()).as("a drag is not a click").isEmpty();
        Path folder = home.resolve("diagram");
        waitUntil(() -> Files.isDirectory(folder) && folder.toFile().list().length == 1);
        try (var files = Files.list(folder)) {
            String kept = Files.readString(files.findFirst().orElseThrow());
            assertThat(kept).contains("Profile=" + Math.round(x) + "," + Math.round(y));
        }
    }
}
