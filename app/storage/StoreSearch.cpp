// Full-text search over the articles: user words made into FTS5 queries, and ranked results.
#include "Database.h"
#include "Store.h"
#include "StoreStatements.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace tidings {

namespace {

// The words of a query as a user types them; the last one, unless a space follows it, is still being
// typed and is matched as a prefix.
struct QueryWords
{
    QStringList whole;
    QString prefix;
};

QueryWords queryWords(const QString &words)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\w]+)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QueryWords w;
    w.whole = words.split(separators, Qt::SkipEmptyParts);
    if (!w.whole.isEmpty() && !words.endsWith(u' '))
        w.prefix = w.whole.takeLast();
    return w;
}

// Each word becomes a quoted string, so FTS5 operators and punctuation in user input are text.
QString quoted(const QString &word)
{
    return u'"' + QString(word).replace(u'"', u"\"\""_qs) + u'"';
}

// A word as the index holds it (tokenize = 'unicode61 remove_diacritics 2'): lower case, without
// accents. Near enough: a prefix this gets wrong finds no words and is searched as a prefix instead.
QString asIndexed(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain;
}

// The indexed words that start with prefix, in order; nothing when there are more than limit or the
// vocabulary cannot be read. fts5vocab's "instance" table is read one row at a time, so each lookup
// seeks to the next word and stops (its "row" table would count every article of every word first).
// The seek goes past a word by asking for the first one after word + U+0001, which no word holds:
// "term > word" would step through every article of the word to leave it.
std::optional<QStringList> indexedWordsStartingWith(Database &db, const QString &prefix, int limit)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_terms "
                u"USING fts5vocab(main, 'articles_fts', 'instance')"_qs))
        return std::nullopt;
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT term FROM temp.articles_terms WHERE term >= ? LIMIT 1"_qs))
        return std::nullopt;
    QStringList terms;
    QString from = prefix;
    for (;;) {
        q.addBindValue(from);
        if (!q.exec())
            return std::nullopt;
        if (!q.next())
            break;
        const QString term = q.value(0).toString();
        q.finish();
        if (!term.startsWith(prefix))
            break;
        if (terms.size() == limit)
            return std::nullopt;
        terms.append(term);
        from = term + QChar(1);
    }
    return terms;
}

} // namespace

QString Store::ftsQuery(const QString &words)
{
    const QueryWords w = queryWords(words);
    QStringList parts;
    for (const QString &word : w.whole)
        parts.append(quoted(word));
    if (!w.prefix.isEmpty())
        parts.append(quoted(w.prefix) + u'*');
    return parts.join(u' ');
}

QString Store::articleFtsQuery(Database &db, const QString &words)
{
    // FTS5 (SQLite 3.40) answers a prefix by merging the whole article list of every word with that
    // prefix before it returns a row: 80-200 ms for a word in every one of a million articles, where
    // the same word written whole streams newest first and gives a page in under a millisecond. So the
    // word being typed is replaced by the words it can still become, written whole and joined by OR,
    // which FTS5 also streams.
    const QueryWords w = queryWords(words);
    QStringList parts;
    for (const QString &word : w.whole)
        parts.append(quoted(word));
    if (!w.prefix.isEmpty()) {
        const std::optional<QStringList> terms
                = indexedWordsStartingWith(db, asIndexed(w.prefix), kPrefixExpansionLimit);
        if (terms && !terms->isEmpty()) {
            QStringList alternatives;
            for (const QString &term : *terms)
                alternatives.append(quoted(term));
            parts.append(u'(' + alternatives.join(u" OR "_qs) + u')');
        } else if (terms || w.prefix.size() >= 3) {
            parts.append(quoted(w.prefix) + u'*'); // FTS5's own prefix search: slow only when common
        } else {
            // One or two letters that begin more words than can stand in for them: they would cost a
            // merge of most of the index on a keystroke that narrows nothing. Whole word until the
            // next letter.
            parts.append(quoted(w.prefix));
        }
    }
    return parts.join(u" AND "_qs);
}

QList<SearchHit> Store::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    const QString fts = articleFtsQuery(m_db, query);
    if (fts.isEmpty() || limit <= 0)
        return hits;
    // Ranking every match cannot follow the page: a word in most of a million articles took 8 s to
    // score and sort. So bm25 ranks a bounded set, the newest kSearchCandidates matches (FTS5 walks its
    // index newest first and stops there; the rowid bound then lets it seek). A query with fewer
    // matches than that is ranked whole, exactly as before; a common word gives the best of its
    // recent matches, which is what a reader looking for news wants first.
    const int candidates = qMax(kSearchCandidates, limit * 4);
    QSqlQuery &bound = prepared(m_q->searchBound,
                                "SELECT min(rowid) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                "ORDER BY rowid DESC LIMIT ?)");
    bound.addBindValue(fts);
    bound.addBindValue(candidates);
    if (!bound.exec()) {
        fail(bound);
        return hits;
    }
    const qint64 lowest = bound.next() ? bound.value(0).toLongLong() : 0;
    bound.finish();
    if (lowest <= 0)
        return hits;
    // bm25 weights: a word in the title counts ten times one in the text, the author five. Ordered by
    // FTS5's own rank, FTS5 sorts the candidates itself and SQLite makes snippets for the returned page
    // only (ORDER BY bm25() would make one for every candidate before sorting).
    QSqlQuery &q = prepared(m_q->search,
                            "SELECT a.id, a.title, a.author, s.name, a.link, a.published_at, "
                            "snippet(articles_fts, 2, '[', ']', '…', 12) "
                            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                            "JOIN feeds f ON f.id = a.feed_id JOIN sites s ON s.id = f.site_id "
                            "WHERE articles_fts MATCH ? AND articles_fts.rank MATCH 'bm25(10.0, 5.0, 1.0)' "
                            "AND articles_fts.rowid >= ? ORDER BY articles_fts.rank LIMIT ?");
    q.addBindValue(fts);
    q.addBindValue(lowest);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q);
        return hits;
    }
    while (q.next()) {
        hits.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString()});
    }
    return hits;
}

} // namespace tidings
