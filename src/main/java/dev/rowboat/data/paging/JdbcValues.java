package dev.rowboat.data.paging;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.util.Arrays;

/** Values as a driver gives them, made into what the grids show (java.time, text, bytes). */
public final class JdbcValues {
    private JdbcValues() {
    }

    public static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) Math.min(clob.length(), Integer.MAX_VALUE));
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) Math.min(blob.length(), Integer.MAX_VALUE));
        }
        if (value instanceof SQLXML xml) {
            return xml.getString();
        }
        if (value instanceof Array array) {
            Object elements = array.getArray();
            return elements instanceof Object[] objects ? Arrays.asList(objects) : elements;
        }
        return value;
    }
}
