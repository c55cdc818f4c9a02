package dev.rowboat.data;

import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A UTF-8 properties file of the data folder, for what a person chose per database. */
final class PropertiesFile {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesFile.class);

    private PropertiesFile() {
    }

    /** Its entries; none when it is missing, and none (logged) when unreadable, as a choice not kept is no reason to stop. */
    static Properties read(Path file) {
        Properties all = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read {}", file, e);
            }
        }
        return all;
    }

    /** @throws DatabaseException PERMISSION_DENIED naming {@code what} when it cannot be written */
    static void write(Path file, Properties all, String comment, String what) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                all.store(out, comment);
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.PERMISSION_DENIED, "Could not keep " + what + " in " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
