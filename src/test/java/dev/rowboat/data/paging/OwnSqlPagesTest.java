package dev.rowboat.data.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages read by statements of Rowboat's own are the pages HQL reads: the same rows, cells, labels,
 * counts and edges, for every grid of the model in every order, with filters and scopes, from
 * every kind of anchor, with nulls and ties in the sort column.
 */
class OwnSqlPagesTest {
    private static final QueryCancel NONE = QueryCancel.none();
    private static final int SIZE = 9;

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void everyPageOurOwnStatementReadsIsThePageHqlReads(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 5, 120, 3))) {
            db.inTransaction(s -> {
                s.createMutationQuery("update Post p set p.timestamp = null where mod(p.id, 11) = 0").executeUpdate();
                s.createMutationQuery("update Post p set p.timestamp = :t where mod(p.id, 7) = 0")
                        .setParameter("t", LocalDateTime.of(2024, 2, 29, 12, 0)).executeUpdate();
            });
            EntityPages own = db.pages();
            EntityPages hql = own.throughHqlOnly();
            Object john = own.fetch(new PageRequest("User", null, List.of(new Filter("username", FilterOp.EQUALS, "john")),
                    Anchor.first(), 1), NONE).rows().get(0).id();
            Object firstPost = own.fetch(new PageRequest("Post", null, List.of(), Anchor.first(), 1), NONE).rows().get(0).id();
            int compared = 0;
            for (EntityInfo entity : db.catalog().entities()) {
                List<List<Filter>> filterSets = new ArrayList<>(List.of(List.of()));
                List<Scope> scopes = new ArrayList<>();
                scopes.add(null);
                if (entity.name().equals("Post")) {
                    filterSets.add(List.of(new Filter("body", FilterOp.CONTAINS, "o")));
                    filterSets.add(List.of(new Filter("timestamp", FilterOp.IS_NULL, "")));
                    filterSets.add(List.of(new Filter("author", FilterOp.EQUALS, "john"), new Filter("id", FilterOp.GREATER_THAN, "2")));
                    scopes.add(new Scope("User", john, "posts"));
                    scopes.add(new Scope("User", john, "author", true));
                }
                if (entity.name().equals("Tag")) {
                    scopes.add(new Scope("Post", firstPost, "tags")); // through the association table: HQL on both sides
                }
                for (SortKey sort : sorts(entity)) {
                    for (List<Filter> filters : filterSets) {
                        for (Scope scope : scopes) {
                            PageRequest request = new PageRequest(entity.name(), sort, filters, Anchor.first(), SIZE, scope);
                            for (PageRequest at : anchors(hql, request)) {
                                assertThat(own.fetch(at, NONE)).as("%s on %s", at, dbms).isEqualTo(hql.fetch(at, NONE));
                                compared++;
                            }
                            for (Row row : hql.fetch(request, NONE).rows()) {
                                assertThat(own.fractionOf(entity.name(), sort, filters, scope, row.key(), NONE)).as("where %s lies in %s on %s", row.key(), request, dbms)
                                        .isEqualTo(hql.fractionOf(entity.name(), sort, filters, scope, row.key(), NONE));
                            }
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(300);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theModelsGridsReadTheirPagesWithStatementsOfOurOwn(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            EntityCatalog catalog = db.catalog();
            db.pages().inSession(NONE, session -> {
                SessionFactoryImplementor factory = session.getFactory().unwrap(SessionFactoryImplementor.class);
                for (EntityInfo entity : catalog.entities().stream().filter(EntityInfo::editable).toList()) {
                    assertThat(pageSql(factory, catalog, entity.name(), null)).as(entity.name()).isPresent();
                }
                assertThat(pageSql(factory, catalog, "Post", new Scope("User", 1, "posts")).orElseThrow().sql())
                        .as("a user's posts compare the author's id where the author is joined, as Hibernate does").containsPattern("where j0\\.\\W?id\\W? = \\?");
                assertThat(pageSql(factory, catalog, "Tag", new Scope("Post", 1, "tags"))).as("through post_tag: HQL").isEmpty();
                return null;
            });
        }
    }

    private static java.util.Optional<GridQuery.PageSql> pageSql(SessionFactoryImplementor factory, EntityCatalog catalog, String entity,
                                                                 Scope scope) {
        EntityInfo info = catalog.get(entity);
        GridQuery query = new GridQuery(catalog, info, SqlColumns.of(factory, entity).orElseThrow(), null, List.of(), false)
                .within(catalog, scope);
        return query.pageSql(GridQuery.Segment.ALL.get(0), true, SIZE);
    }

    private static List<SortKey> sorts(EntityInfo entity) {
        List<SortKey> sorts = new ArrayList<>();
        sorts.add(null);
        for (AttributeInfo attribute : entity.attributes()) {
            if (attribute.isQueryable()) {
                sorts.add(new SortKey(attribute.name(), false));
                sorts.add(new SortKey(attribute.name(), true));
            }
        }
        return sorts;
    }

    /** The first page, the last, jumps to a third and to the middle, and keyset pages after, before and at rows HQL found. */
    private static List<PageRequest> anchors(EntityPages hql, PageRequest first) {
        List<PageRequest> anchors = new ArrayList<>(List.of(first, first.at(Anchor.last()), first.at(new Anchor.Fraction(0.3)),
                first.at(new Anchor.Fraction(0.5))));
        List<Row> rows = hql.fetch(first, NONE).rows();
        if (rows.size() > 2) {
            anchors.add(first.at(new Anchor.After(rows.get(2).key())));
            anchors.add(first.at(new Anchor.At(rows.get(1).key())));
        }
        List<Row> last = hql.fetch(first.at(Anchor.last()), NONE).rows();
        if (!last.isEmpty()) {
            anchors.add(first.at(new Anchor.Before(last.get(last.size() - 1).key())));
        }
        return anchors;
    }
}
