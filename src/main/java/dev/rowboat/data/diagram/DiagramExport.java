package dev.rowboat.data.diagram;

import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Writes a diagram to a file whose name says the format: {@code .svg} or {@code .png}. */
public final class DiagramExport {
    public enum Format { SVG, PNG }

    private DiagramExport() {
    }

    /** @throws DatabaseException (INVALID_VALUE) for a name ending in anything else */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE,
                "Cannot write a diagram as " + file + ": name the file .svg or .png.");
    }

    /** @throws DatabaseException (INVALID_VALUE for the name, PERMISSION_DENIED when it cannot be written) */
    public static void write(ErDiagram diagram, Path file) {
        Format format = formatOf(file);
        try {
            if (format == Format.SVG) {
                Files.writeString(file, SvgWriter.write(diagram), StandardCharsets.UTF_8);
            } else if (!ImageIO.write(PngRenderer.render(diagram), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.PERMISSION_DENIED, "Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
