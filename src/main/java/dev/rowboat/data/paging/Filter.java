package dev.rowboat.data.paging;

/** One column filter as typed: the value is parsed to the column's type when the query is built. */
public record Filter(String attribute, FilterOp op, String value) {
}
