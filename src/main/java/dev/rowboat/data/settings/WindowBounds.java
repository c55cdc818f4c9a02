package dev.rowboat.data.settings;

/** Where the window was and how large, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
