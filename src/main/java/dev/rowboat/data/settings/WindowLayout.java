package dev.rowboat.data.settings;

import java.util.List;
import java.util.Map;

/**
 * How the window looked for one database, brought back when that database is opened again.
 *
 * @param window null when not known
 * @param dividers the main split's divider positions, left to right
 * @param columnWidths per entity, each grid column's width by the column's id
 * @param openTabs the entities whose grids were open, in tab order
 * @param selectedTab the entity whose grid was in front, or null
 */
public record WindowLayout(boolean dark, WindowBounds window, List<Double> dividers, Map<String, Map<String, Double>> columnWidths,
                           List<String> openTabs, String selectedTab) {
    public WindowLayout {
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        columnWidths = columnWidths == null ? Map.of() : Map.copyOf(columnWidths);
        openTabs = openTabs == null ? List.of() : List.copyOf(openTabs);
    }
}
