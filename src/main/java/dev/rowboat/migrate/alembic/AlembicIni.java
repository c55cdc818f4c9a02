package dev.rowboat.migrate.alembic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code [alembic]} section of an {@code alembic.ini}: where the scripts are and where the
 * revisions are. Flask-Migrate's ini names neither (its env.py is found beside the ini), so both
 * default to the ini's own folder, as {@code flask db} runs it.
 */
record AlembicIni(Path scriptLocation, List<Path> versionLocations) {
    private static final Pattern LEGACY_SEPARATORS = Pattern.compile("[ ,]+");

    static AlembicIni read(Path ini) throws IOException {
        Path here = ini.toAbsolutePath().getParent();
        Map<String, String> section = section(Files.readAllLines(ini, StandardCharsets.UTF_8), "alembic");
        Path script = section.containsKey("script_location") ? resolve(here, section.get("script_location")) : here;
        List<Path> versions = new ArrayList<>();
        String locations = section.get("version_locations");
        if (locations != null && !locations.isBlank()) {
            for (String each : split(locations, section.get("version_path_separator"))) {
                versions.add(resolve(here, each));
            }
        } else {
            versions.add(script.resolve("versions"));
        }
        return new AlembicIni(script, List.copyOf(versions));
    }

    /** Without an ini: a folder with env.py or versions/ is its own script location. */
    static AlembicIni folder(Path scriptLocation) {
        return new AlembicIni(scriptLocation, List.of(scriptLocation.resolve("versions")));
    }

    // Alembic 1.8: version_path_separator chooses; without it, spaces or commas separate
    private static List<String> split(String value, String separator) {
        String v = value.trim();
        if (separator == null) {
            return List.of(LEGACY_SEPARATORS.split(v));
        }
        String sep = switch (separator.trim()) {
            case "os" -> java.io.File.pathSeparator;
            case "space" -> " ";
            case "colon" -> ":";
            case "semicolon" -> ";";
            case "newline" -> "\n";
            default -> separator.trim();
        };
        return java.util.Arrays.stream(v.split(Pattern.quote(sep))).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Path resolve(Path here, String value) {
        String v = value.trim().replace("%(here)s", here.toString());
        if (v.contains(":") && !v.contains("/") && !v.contains("\\")) {
            // package:resource form names a Python package; its folder is found beside the ini
            v = v.substring(v.indexOf(':') + 1);
        }
        Path p = Path.of(v);
        return p.isAbsolute() ? p.normalize() : here.resolve(p).normalize();
    }

    /** key = value lines of one section, continuation lines joined, comments skipped. */
    static Map<String, String> section(List<String> lines, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inside = false;
        String lastKey = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                inside = trimmed.substring(1, trimmed.length() - 1).trim().equals(name);
                lastKey = null;
                continue;
            }
            if (!inside || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                out.put(lastKey, out.get(lastKey) + "\n" + trimmed);
                continue;
            }
            int eq = indexOfSeparator(trimmed);
            if (eq > 0) {
                lastKey = trimmed.substring(0, eq).trim();
                out.put(lastKey, trimmed.substring(eq + 1).trim());
            }
        }
        return out;
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
