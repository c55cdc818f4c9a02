package dev.rowboat.migrate.alembic;

import java.util.List;
import java.util.Map;

/**
 * The literal subset of Python expressions Alembic scripts are written in: strings, numbers,
 * constants, names ({@code sa.Integer}), calls, lists, tuples and dicts. Each node keeps its line.
 */
sealed interface PyExpr {
    int line();

    /** A string, adjacent literals already joined. */
    record Str(String value, int line) implements PyExpr {
    }

    /** A number as written, without underscores, sign included. */
    record Num(String text, int line) implements PyExpr {
    }

    /** {@code True}, {@code False} or {@code None}: {@code value} is a Boolean or null. */
    record Const(Boolean value, int line) implements PyExpr {
    }

    /** A name or a dotted chain of names: {@code sa.Integer}, {@code op.f}, {@code batch_op}. */
    record Name(String dotted, int line) implements PyExpr {
    }

    /** A call; keyword arguments keep their order. */
    record Call(String callee, List<PyExpr> args, Map<String, PyExpr> kwargs, int line) implements PyExpr {
        public Call {
            args = List.copyOf(args);
            kwargs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kwargs));
        }
    }

    /** A list or a tuple. */
    record Seq(List<PyExpr> items, boolean tuple, int line) implements PyExpr {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** A dict with literal keys, in order. */
    record Dict(List<PyExpr> keys, List<PyExpr> values, int line) implements PyExpr {
        public Dict {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }
}
