package dev.rowboat.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import dev.rowboat.schema.DatabaseException;

/**
 * The names a person gave to reflected associations, per database (by its password-free URL),
 * kept in a file of the data folder: {@code Post.user} may read {@code Post.writer} from then on.
 */
public final class AssociationNames {
    private static final String SEPARATOR = " | ";

    private final Path file;

    public AssociationNames(Path file) {
        this.file = file;
    }

    /** {@code Entity.derivedName} -> the name the person chose, for one database. */
    public Map<String, String> of(String databaseUrl) {
        Map<String, String> names = new HashMap<>();
        String prefix = databaseUrl + SEPARATOR;
        read().forEach((key, value) -> {
            if (key.toString().startsWith(prefix)) {
                names.put(key.toString().substring(prefix.length()), value.toString());
            }
        });
        return names;
    }

    /**
     * Names an association of an entity anew ({@code derivedName}: the name it has now); the name must be an identifier (letters, digits
     * and underscores, not starting with a digit) so that queries can use it.
     */
    public void rename(String databaseUrl, String entity, String derivedName, String newName) {
        if (!newName.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*")) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, "\"" + newName
                    + "\" cannot name an association: use letters, digits and _, not starting with a digit.");
        }
        Properties all = read();
        String prefix = databaseUrl + SEPARATOR + entity + ".";
        // renamed before: the entry of the name reflection derives is the one to change
        String key = all.stringPropertyNames().stream().filter(k -> k.startsWith(prefix) && all.getProperty(k).equals(derivedName))
                .findFirst().orElse(prefix + derivedName);
        all.setProperty(key, newName);
        PropertiesFile.write(file, all, "Association names chosen in Rowboat, per database", "the name");
    }

    private Properties read() {
        return PropertiesFile.read(file);
    }
}
