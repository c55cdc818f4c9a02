package dev.rowboat.migrate.alembic;

/**
 * One token of Python source. For {@link Kind#STRING} {@code text} is the decoded value and
 * {@code formatted} tells whether it had an {@code f} prefix (a formatted string is computation).
 */
record PyToken(Kind kind, String text, int line, boolean formatted) {
    enum Kind { NAME, NUMBER, STRING, OP }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOp(String t) {
        return is(Kind.OP, t);
    }

    boolean isName(String t) {
        return is(Kind.NAME, t);
    }
}
