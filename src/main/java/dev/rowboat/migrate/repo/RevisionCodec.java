package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A revision file's text: {@code revision}, {@code down_revision} (absent, one id, or a list for
 * a merge), {@code message}, {@code created}, {@code upgrade} and {@code downgrade}.
 */
public final class RevisionCodec {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
    private static final Set<String> KEYS = Set.of("revision", "down_revision", "message", "created", "upgrade", "downgrade");

    private RevisionCodec() {
    }

    public static String write(Revision r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("revision", r.id());
        if (r.downRevisions().size() == 1) {
            doc.put("down_revision", r.downRevisions().get(0));
        } else if (r.isMerge()) {
            doc.put("down_revision", r.downRevisions());
        }
        doc.put("message", r.message());
        doc.put("created", r.created().toString());
        doc.put("upgrade", r.upgrade().stream().map(OperationCodec::write).toList());
        doc.put("downgrade", r.downgrade().stream().map(OperationCodec::write).toList());
        return YamlWriter.write(doc);
    }

    /**
     * Reads a revision file.
     *
     * @param source the file's name as errors should show it
     * @throws MigrationException of kind REPOSITORY naming the file and line
     */
    public static Revision read(String text, String source) {
        try {
            return read(YamlReader.read(text));
        } catch (MalformedRevision e) {
            throw new MigrationException(MigrationException.Kind.REPOSITORY, source + " line " + e.line() + ": " + e.getMessage());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new MigrationException(MigrationException.Kind.REPOSITORY, source + " is not valid YAML: " + reason, e);
        }
    }

    /**
     * SHA-256 of the revision's canonical text: it changes when what the file says changes, not
     * when its comments or spacing do.
     */
    public static String checksum(Revision r) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(write(r).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Revision read(YamlNode root) {
        Fields f = new Fields(root, "revision file").only(KEYS);
        String id = f.string("revision");
        if (!ID.matcher(id).matches()) {
            throw new MalformedRevision(root.map().get("revision").line(), "revision id \"" + id + "\" is not 12 lowercase hex digits");
        }
        List<String> down = f.strings("down_revision");
        for (String d : down) {
            if (!ID.matcher(d).matches()) {
                throw new MalformedRevision(root.map().get("down_revision").line(), "down_revision \"" + d + "\" is not 12 lowercase hex digits");
            }
        }
        String created = f.string("created");
        Instant when;
        try {
            when = Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new MalformedRevision(root.map().get("created").line(), "created \"" + created + "\" is not an ISO-8601 instant such as 2025-01-31T12:00:00Z");
        }
        String message = f.optString("message");
        return new Revision(id, down, message == null ? "" : message, when, operations(root, "upgrade"), operations(root, "downgrade"));
    }

    private static List<Operation> operations(YamlNode root, String key) {
        YamlNode list = root.map().get(key);
        if (list == null || list.value() == null) {
            return List.of();
        }
        if (!list.isList()) {
            throw new MalformedRevision(list.line(), "\"" + key + "\" must be a list of operations");
        }
        List<Operation> ops = new ArrayList<>();
        for (YamlNode item : list.list()) {
            ops.add(OperationCodec.read(item));
        }
        return ops;
    }
}
