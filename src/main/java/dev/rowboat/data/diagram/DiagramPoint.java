package dev.rowboat.data.diagram;

/** A point of the diagram's plane, in pixels at zoom 1. */
public record DiagramPoint(double x, double y) {
}
