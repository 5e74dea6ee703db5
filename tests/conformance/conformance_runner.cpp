// Runs a feed conformance corpus (one JSON case a line, see ../shared/corpus/README.md) through the
// parsers and prints "N passed, M failed" last. Usage:
//
//   tidings-conformance CASES.jsonl ROOT [--category NAME] [--min-pass-rate R] [--verbose]
//                                        [--differences FILE] [--skip-if-absent]
//
// Every file the cases name is parsed, with or without checks, so a crash anywhere in the corpus
// fails the run. A case passes when all of its checks hold. Cases listed in the differences file
// (where Tidings deliberately differs from feedparser) are reported as such and still count as failed.

#include "parse/DocumentParser.h"
#include "util/Dates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <optional>

using namespace tidings;

namespace {

// The value a feedparser-style path names in our result; nullopt when the field is absent.
std::optional<QString> lookup(const ParseResult &r, const QString &path)
{
    static const QRegularExpression indexRe(QStringLiteral(R"(^(\w+)\[(\d+)\]$)"));
    auto textOrNull = [](const QString &s) -> std::optional<QString> {
        return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
    };
    auto date = [&](const QDateTime &d) {
        return textOrNull(dates::toIsoUtc(d));
    };

    if (path == u"len(entries)")
        return QString::number(r.articles.size());
    QStringList parts = path.split(u'.');
    if (parts.isEmpty())
        return std::nullopt;
    if (parts[0] == u"feed" && parts.size() == 2) {
        const FeedInfo &f = r.feed;
        const QString &field = parts[1];
        if (field == u"title")
            return textOrNull(f.title.value);
        if (field == u"subtitle")
            return textOrNull(f.subtitle.value);
        if (field == u"link")
            return textOrNull(f.link);
        // feedparser keeps the date as written in "updated"; Tidings keeps only the instant, so
        // those checks pass where the feed wrote the date in ISO form (see differences.md).
        if (field == u"updated_utc" || field == u"updated")
            return date(f.updated);
        if (field == u"published_utc" || field == u"published")
            return date(f.published);
        if (field == u"language")
            return textOrNull(f.language);
        if (field == u"id")
            return textOrNull(f.id);
        return std::nullopt;
    }
    bool lenOf = false;
    if (parts[0].startsWith(u"len(")) {
        lenOf = true;
        parts[0] = parts[0].mid(4);
        parts.last().chop(1);
    }
    const auto entryMatch = indexRe.match(parts[0]);
    if (!entryMatch.hasMatch() || entryMatch.captured(1) != u"entries" || parts.size() < 2)
        return std::nullopt;
    const qsizetype i = entryMatch.captured(2).toLongLong();
    if (i >= r.articles.size())
        return std::nullopt;
    const ParsedArticle &a = r.articles[i];
    if (lenOf && parts[1] == u"tags")
        return QString::number(a.categories.size());

    auto person = [&](const Person &p, const QString &field) -> std::optional<QString> {
        if (field == u"name")
            return textOrNull(p.name);
        if (field == u"email")
            return textOrNull(p.email);
        if (field == u"href")
            return textOrNull(p.uri);
        return std::nullopt;
    };
    const QString &field = parts[1];
    if (field == u"title")
        return textOrNull(a.title.value);
    if (field == u"link")
        return textOrNull(a.link);
    if (field == u"id")
        return textOrNull(a.id);
    if (field == u"summary")
        return textOrNull(a.summary.isEmpty() && !a.content.isEmpty() ? a.content.first().value : a.summary.value);
    if (field == u"published_utc" || field == u"published")
        return date(a.published);
    if (field == u"updated_utc" || field == u"updated")
        return date(a.updated);
    if (field == u"author") {
        if (a.authors.isEmpty())
            return std::nullopt;
        const Person &p = a.authors.first();
        // feedparser writes "name (email)" when it has both.
        if (!p.name.isEmpty() && !p.email.isEmpty())
            return p.name + u" (" + p.email + u')';
        return textOrNull(p.displayName());
    }
    if (field == u"author_detail" && parts.size() == 3)
        return a.authors.isEmpty() ? std::nullopt : person(a.authors.first(), parts[2]);
    const auto sub = indexRe.match(field);
    if (!sub.hasMatch() || parts.size() != 3)
        return std::nullopt;
    const qsizetype j = sub.captured(2).toLongLong();
    const QString list = sub.captured(1);
    const QString &leaf = parts[2];
    if (list == u"content" && leaf == u"value")
        return j < a.content.size() ? textOrNull(a.content[j].value) : std::nullopt;
    if (list == u"authors")
        return j < a.authors.size() ? person(a.authors[j], leaf) : std::nullopt;
    if (list == u"tags" && leaf == u"term")
        return j < a.categories.size() ? textOrNull(a.categories[j]) : std::nullopt;
    if (list == u"enclosures" && j < a.enclosures.size()) {
        const Enclosure &e = a.enclosures[j];
        if (leaf == u"href")
            return textOrNull(e.url);
        if (leaf == u"type")
            return textOrNull(e.type);
        if (leaf == u"length")
            return e.length >= 0 ? std::optional<QString>(QString::number(e.length)) : std::nullopt;
    }
    return std::nullopt;
}

ParseOptions optionsFor(const QJsonObject &c)
{
    ParseOptions options;
    const QJsonObject http = c.value(u"http").toObject();
    if (http.isEmpty())
        return options;
    options.url = QUrl(http.value(u"url").toString());
    const QJsonObject headers = http.value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString value = it.value().toString();
        if (it.key().compare(u"content-location", Qt::CaseInsensitive) == 0) {
            const QUrl location = options.url.resolved(QUrl(value));
            if (location.scheme() == u"http" || location.scheme() == u"https")
                options.url = location;
        }
        if (it.key().compare(u"content-type", Qt::CaseInsensitive) == 0) {
            static const QRegularExpression charsetRe(QStringLiteral(R"(charset\s*=\s*["']?([^"';\s]+))"),
                                                      QRegularExpression::CaseInsensitiveOption);
            const auto m = charsetRe.match(value);
            if (m.hasMatch())
                options.httpCharset = m.captured(1);
        }
    }
    return options;
}

QSet<QString> readDifferences(const QString &path)
{
    QSet<QString> files;
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly | QIODevice::Text))
        return files;
    // Lines of the form "- `tests/...xml`: reason".
    static const QRegularExpression itemRe(QStringLiteral(R"(^\s*-\s*`([^`]+)`)"));
    while (!f.atEnd()) {
        const auto m = itemRe.match(QString::fromUtf8(f.readLine()));
        if (m.hasMatch())
            files.insert(m.captured(1));
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(u"Runs a feed conformance corpus through the Tidings parsers."_qs);
    cli.addHelpOption();
    cli.addPositionalArgument(u"cases"_qs, u"The cases file (JSON lines)."_qs);
    cli.addPositionalArgument(u"root"_qs, u"The folder the cases' file paths are relative to."_qs);
    const QCommandLineOption categoryOption(u"category"_qs, u"Count only cases of this category."_qs, u"name"_qs);
    const QCommandLineOption minRateOption(u"min-pass-rate"_qs, u"Exit 1 below this pass rate (0-1)."_qs, u"rate"_qs);
    const QCommandLineOption differencesOption(u"differences"_qs, u"Known deliberate differences (Markdown list)."_qs,
                                               u"file"_qs);
    const QCommandLineOption verboseOption(u"verbose"_qs, u"Print every failed check."_qs);
    // CTest runs the corpus from outside the repository: a clone without it reports the run skipped
    // (exit 77, the test's SKIP_RETURN_CODE) rather than failed. By hand, a wrong path stays an error.
    const QCommandLineOption skipIfAbsentOption(u"skip-if-absent"_qs,
                                                u"Exit 77 (skipped) when the cases file does not exist."_qs);
    cli.addOptions({categoryOption, minRateOption, differencesOption, verboseOption, skipIfAbsentOption});
    cli.process(app);
    if (cli.positionalArguments().size() != 2)
        cli.showHelp(1);

    QTextStream out(stdout);
    QFile casesFile(cli.positionalArguments().at(0));
    if (cli.isSet(skipIfAbsentOption) && !casesFile.exists()) {
        out << "skipped: feed corpus absent: " << QFileInfo(casesFile).absoluteFilePath() << "\n";
        return 77;
    }
    if (!casesFile.open(QIODevice::ReadOnly)) {
        out << "cannot open " << casesFile.fileName() << ": " << casesFile.errorString() << "\n";
        return 1;
    }
    const QString root = cli.positionalArguments().at(1);
    const QString category = cli.value(categoryOption);
    const QSet<QString> differences = readDifferences(cli.value(differencesOption));

    int passed = 0;
    int failed = 0;
    int knownDifferences = 0;
    int parsedFiles = 0;
    while (!casesFile.atEnd()) {
        const QByteArray line = casesFile.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        const QString file = c.value(u"file").toString();
        const ParseResult result = DocumentParser::parseFile(root + u'/' + file, optionsFor(c));
        ++parsedFiles;
        const QJsonArray checks = c.value(u"checks").toArray();
        if (checks.isEmpty() || (!category.isEmpty() && c.value(u"category").toString() != category))
            continue;
        bool ok = true;
        for (const auto &v : checks) {
            const QJsonObject check = v.toObject();
            const QString path = check.value(u"path").toString();
            const std::optional<QString> actual = lookup(result, path);
            const QJsonValue expected = check.value(u"equals");
            const bool match = expected.isNull() ? !actual.has_value()
                                                 : actual.has_value() && *actual == expected.toVariant().toString();
            if (!match) {
                ok = false;
                if (cli.isSet(verboseOption)) {
                    out << "FAIL " << file << " " << path << "\n  expected: " << expected.toVariant().toString()
                        << "\n  actual:   " << actual.value_or(u"(absent)"_qs).left(300)
                        << (result.error.isEmpty() ? QString() : u"\n  error: "_qs + result.error) << "\n";
                }
            }
        }
        if (ok) {
            ++passed;
        } else {
            ++failed;
            if (differences.contains(file))
                ++knownDifferences;
        }
    }
    const double rate = passed + failed > 0 ? double(passed) / double(passed + failed) : 0.0;
    out << "parsed " << parsedFiles << " files without a crash\n";
    out << "pass rate " << QString::number(rate * 100.0, 'f', 1) << "% (" << knownDifferences
        << " of the failures are listed deliberate differences)\n";
    out << passed << " passed, " << failed << " failed\n";
    out.flush();
    if (cli.isSet(minRateOption) && rate < cli.value(minRateOption).toDouble())
        return 1;
    return 0;
}
