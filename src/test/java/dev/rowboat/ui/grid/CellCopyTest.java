package dev.rowboat.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellCopyTest {
    @Test
    void aBlockOfCellsIsTabSeparatedRowsByLineWithoutHeader() {
        assertThat(CellCopy.tsv(List.of(new CellCopy.Cell(3, 1, "john"), new CellCopy.Cell(3, 2, "john@example.com"),
                new CellCopy.Cell(4, 1, "susan"), new CellCopy.Cell(4, 2, "")))).isEqualTo("john\tjohn@example.com\nsusan\t\n");
    }

    @Test
    void cellsLeftOutOfTheBlockAreEmptyAndOrderOfSelectionDoesNotMatter() {
        assertThat(CellCopy.tsv(List.of(new CellCopy.Cell(7, 3, "c"), new CellCopy.Cell(5, 1, "a"))))
                .isEqualTo("a\t\t\n\t\t\n\t\tc\n");
    }

    @Test
    void valuesWithTabsLineBreaksOrQuotesAreQuotedAsSpreadsheetsDo() {
        assertThat(CellCopy.tsv(List.of(new CellCopy.Cell(0, 0, "two\nlines"), new CellCopy.Cell(0, 1, "a\tb"),
                new CellCopy.Cell(0, 2, "say \"hi\""), new CellCopy.Cell(0, 3, "ünï 中文"))))
                .isEqualTo("\"two\nlines\"\t\"a\tb\"\t\"say \"\"hi\"\"\"\tünï 中文\n");
        assertThat(CellCopy.tsv(List.of())).isEmpty();
    }
}
