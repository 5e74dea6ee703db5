#include "Dates.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace tidings::dates {
namespace {

struct Fields
{
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offsetSeconds = 0; // east of UTC
};

QDateTime toUtc(const Fields &f)
{
    const QDate date(f.year, f.month, f.day);
    const QTime time(f.hour, f.minute, f.second);
    if (!date.isValid() || !time.isValid())
        return {};
    // Build as UTC and subtract the offset: a fixed-offset zone would work too, but this avoids the
    // time zone database entirely for a hot path that runs once per item.
    return QDateTime(date, time, Qt::UTC).addSecs(-f.offsetSeconds);
}

int expandTwoDigitYear(int year, qsizetype digits)
{
    if (digits > 2)
        return year;
    return year < 50 ? 2000 + year : 1900 + year;
}

std::optional<int> toInt(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    int value = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        if (value > 100000)
            return std::nullopt;
    }
    return value;
}

int monthFromName(QStringView name)
{
    static constexpr std::array<const char16_t *, 12> kMonths
            = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QStringView(kMonths[size_t(i)])))
            return i + 1;
    }
    return 0;
}

// Named zones seen in feeds. US single-letter-less forms (ET, CT...) are what some CMSs emit.
std::optional<int> zoneOffsetFromName(QStringView name)
{
    struct Zone
    {
        const char16_t *name;
        int hours;
        int minutes;
    };
    static constexpr std::array<Zone, 24> kZones = {{
            {u"UT", 0, 0},   {u"UTC", 0, 0},  {u"GMT", 0, 0},  {u"Z", 0, 0},    {u"ETC/GMT", 0, 0}, {u"EST", -5, 0},
            {u"EDT", -4, 0}, {u"CST", -6, 0}, {u"CDT", -5, 0}, {u"MST", -7, 0}, {u"MDT", -6, 0},    {u"PST", -8, 0},
            {u"PDT", -7, 0}, {u"AT", -4, 0},  {u"ET", -5, 0},  {u"CT", -6, 0},  {u"MT", -7, 0},     {u"PT", -8, 0},
            {u"MET", 1, 0},  {u"MEST", 2, 0}, {u"CET", 1, 0},  {u"CEST", 2, 0}, {u"BST", 1, 0},     {u"KST", 9, 0},
    }};
    const QString upper = name.toString().toUpper();
    for (const Zone &z : kZones) {
        if (upper == QStringView(z.name))
            return (z.hours * 60 + (z.hours < 0 ? -z.minutes : z.minutes)) * 60;
    }
    return std::nullopt;
}

// "+0100", "-01:01", "+01", "-0000"; the sign is required.
std::optional<int> numericOffset(QStringView s)
{
    if (s.size() < 2 || (s[0] != u'+' && s[0] != u'-'))
        return std::nullopt;
    const int sign = s[0] == u'-' ? -1 : 1;
    QString digits = s.mid(1).toString();
    const qsizetype colon = digits.indexOf(u':');
    std::optional<int> hours;
    std::optional<int> minutes = 0;
    if (colon >= 0) {
        hours = toInt(QStringView(digits).left(colon));
        minutes = toInt(QStringView(digits).mid(colon + 1));
        if (colon > 2 || digits.size() - colon - 1 != 2)
            return std::nullopt;
    } else if (digits.size() == 4) {
        hours = toInt(QStringView(digits).left(2));
        minutes = toInt(QStringView(digits).mid(2));
    } else if (digits.size() <= 2) {
        hours = toInt(digits);
    } else {
        return std::nullopt;
    }
    if (!hours || !minutes || *hours > 23 || *minutes > 59)
        return std::nullopt;
    return sign * (*hours * 3600 + *minutes * 60);
}

std::optional<int> zoneOffset(QStringView token)
{
    if (auto named = zoneOffsetFromName(token))
        return named;
    if (auto numeric = numericOffset(token))
        return numeric;
    // "GMT-01:01", "UTC+2"
    for (QStringView prefix : {QStringView(u"GMT"), QStringView(u"UTC"), QStringView(u"ETC/GMT")}) {
        if (token.size() > prefix.size() && token.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return numericOffset(token.mid(prefix.size()));
    }
    return std::nullopt;
}

// "16:29:06" or "16:29"; each part one or two digits.
bool parseClock(QStringView token, Fields &f)
{
    const auto parts = token.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    std::array<int, 3> values = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringView part = parts[i];
        if (i == 2) {
            const qsizetype dot = part.indexOf(u'.');
            if (dot >= 0)
                part = part.left(dot);
        }
        if (part.size() > 2)
            return false;
        const auto v = toInt(part);
        if (!v)
            return false;
        values[size_t(i)] = *v;
    }
    f.hour = values[0];
    f.minute = values[1];
    f.second = values[2];
    return f.hour < 24 && f.minute < 60 && f.second < 61;
}

// RFC 822 and its relatives: the tokens may come in the orders "day month year", "month day year"
// (JavaScript's toString), and asctime's "month day time [zone] year".
QDateTime parseTokens(QStringView text, bool slashDates)
{
    QString cleaned = text.toString();
    cleaned.replace(u',', u' ');
    QStringList tokens = cleaned.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return {};
    // A leading weekday is noise, even when it is the wrong day.
    if (!tokens.first().isEmpty() && tokens.first().at(0).isLetter() && monthFromName(tokens.first()) == 0)
        tokens.removeFirst();

    Fields f;
    std::optional<int> day;
    std::optional<int> year;
    qsizetype yearDigits = 4;
    bool haveMonth = false;
    bool haveTime = false;
    bool haveZone = false;
    for (const QString &token : std::as_const(tokens)) {
        if (slashDates && token.count(u'/') == 2) {
            const auto parts = QStringView(token).split(u'/');
            const auto y = toInt(parts[0]);
            const auto m = toInt(parts[1]);
            const auto d = toInt(parts[2]);
            if (!y || !m || !d)
                return {};
            year = *y;
            f.month = *m;
            day = *d;
            haveMonth = true;
        } else if (token.contains(u':') && !haveTime && token.at(0).isDigit()) {
            if (!parseClock(token, f))
                return {};
            haveTime = true;
        } else if (token.at(0).isLetter() && !haveMonth && monthFromName(token) != 0) {
            f.month = monthFromName(token);
            haveMonth = true;
        } else if (token.at(0).isDigit() && !day && token.size() <= 2 && !(haveTime && haveMonth)) {
            day = toInt(token);
            if (!day)
                return {};
        } else if (token.at(0).isDigit() && !year && (token.size() == 2 || token.size() == 4)) {
            year = toInt(token);
            yearDigits = token.size();
            if (!year)
                return {};
        } else if (!haveZone && (haveTime || year) && zoneOffset(token)) {
            f.offsetSeconds = *zoneOffset(token);
            haveZone = true;
        } else {
            return {};
        }
    }
    if (!haveMonth || !day || !year)
        return {};
    f.day = *day;
    f.year = expandTwoDigitYear(*year, yearDigits);
    return toUtc(f);
}

QDateTime parseW3cDtf(QStringView text)
{
    static const QRegularExpression re(
            QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?)"
                           R"(\s*(Z|[+-]\d{2}:?\d{2})?$)"),
            QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    Fields f;
    f.year = m.capturedView(1).toInt();
    f.month = m.hasCaptured(2) ? m.capturedView(2).toInt() : 1;
    f.day = m.hasCaptured(3) ? m.capturedView(3).toInt() : 1;
    if (m.hasCaptured(4)) {
        f.hour = m.capturedView(4).toInt();
        f.minute = m.capturedView(5).toInt();
        f.second = m.hasCaptured(6) ? m.capturedView(6).toInt() : 0;
        if (f.hour > 23 || f.minute > 59 || f.second > 60)
            return {};
    }
    if (m.hasCaptured(7)) {
        const QStringView zone = m.capturedView(7);
        if (zone.compare(u"z", Qt::CaseInsensitive) != 0) {
            const auto offset = numericOffset(zone);
            if (!offset)
                return {};
            f.offsetSeconds = *offset;
        }
    }
    return toUtc(f);
}

// The compact and ordinal ISO 8601 forms old feeds used; two-digit years mean 20xx/19xx.
QDateTime parseIso8601(QStringView text)
{
    const QStringView t = text.trimmed();
    // Ordinal date: YYDDD or YYYY-DDD. feedparser reports these at month precision; so do we.
    static const QRegularExpression ordinal(QStringLiteral(R"(^(\d{2}|\d{4})-?(\d{3})$)"));
    if (const auto m = ordinal.match(t); m.hasMatch()) {
        const int year = expandTwoDigitYear(m.capturedView(1).toInt(), m.capturedLength(1));
        const int dayOfYear = m.capturedView(2).toInt();
        const QDate start(year, 1, 1);
        if (dayOfYear < 1 || dayOfYear > start.daysInYear())
            return {};
        const QDate date = start.addDays(dayOfYear - 1);
        return {QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC};
    }
    // Calendar dates, tried from the most to the least explicit; each leaves year, month, day in
    // captures 1-3 (month and day optional) and the time of day, if any, in capture 4.
    static const std::array<QRegularExpression, 4> kDates = {
            QRegularExpression(QStringLiteral(R"(^(\d{4}|\d{2})-(\d{1,3})(?:-(\d{2}))?(T.*)?$)")),
            QRegularExpression(QStringLiteral(R"(^(\d{4}|\d{2})(\d{2})(\d{2})(T.*)?$)")),
            QRegularExpression(QStringLiteral(R"(^-(\d{2})-?(\d{2})()()$)")),
            QRegularExpression(QStringLiteral(R"(^(\d{4})()()(T.*)?$)")),
    };
    static const QRegularExpression timeRe(
            QStringLiteral(R"(^T(\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    for (const QRegularExpression &re : kDates) {
        const auto m = re.match(t);
        if (!m.hasMatch())
            continue;
        Fields f;
        f.year = expandTwoDigitYear(m.capturedView(1).toInt(), m.capturedLength(1));
        if (m.capturedLength(2) > 0)
            f.month = m.capturedView(2).toInt();
        if (m.capturedLength(3) > 0)
            f.day = m.capturedView(3).toInt();
        if (m.capturedLength(4) > 0) {
            const auto tm = timeRe.match(m.capturedView(4));
            if (!tm.hasMatch())
                return {};
            f.hour = tm.capturedView(1).toInt();
            f.minute = tm.capturedView(2).toInt();
            f.second = tm.hasCaptured(3) ? tm.capturedView(3).toInt() : 0;
            if (tm.hasCaptured(4) && tm.capturedView(4).compare(u"Z", Qt::CaseInsensitive) != 0) {
                const auto offset = numericOffset(tm.capturedView(4));
                if (!offset)
                    return {};
                f.offsetSeconds = *offset;
            }
        }
        return toUtc(f);
    }
    return {};
}

QDateTime parseKorean(QStringView text)
{
    // Both Korean blog engines write local time in Korea Standard Time.
    static const QRegularExpression onblog(
            QStringLiteral(R"(^(\d{4})년\s*(\d{2})월\s*(\d{2})일\s+(\d{2}):(\d{2}):(\d{2})$)"));
    static const QRegularExpression nate(
            QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$)"));
    const QStringView t = text.trimmed();
    Fields f;
    f.offsetSeconds = 9 * 3600;
    if (const auto m = onblog.match(t); m.hasMatch()) {
        f.year = m.capturedView(1).toInt();
        f.month = m.capturedView(2).toInt();
        f.day = m.capturedView(3).toInt();
        f.hour = m.capturedView(4).toInt();
        f.minute = m.capturedView(5).toInt();
        f.second = m.capturedView(6).toInt();
        return toUtc(f);
    }
    if (const auto m = nate.match(t); m.hasMatch()) {
        f.year = m.capturedView(1).toInt();
        f.month = m.capturedView(2).toInt();
        f.day = m.capturedView(3).toInt();
        f.hour = m.capturedView(5).toInt() % 12 + (m.capturedView(4) == u"오후" ? 12 : 0);
        f.minute = m.capturedView(6).toInt();
        f.second = m.capturedView(7).toInt();
        return toUtc(f);
    }
    return {};
}

QString replaceWords(QStringView text, const std::initializer_list<std::pair<const char16_t *, const char16_t *>> &map)
{
    QString s = text.toString();
    for (const auto &[from, to] : map)
        s.replace(QString::fromUtf16(from), QString::fromUtf16(to), Qt::CaseInsensitive);
    return s;
}

QDateTime parseGreek(QStringView text)
{
    const QString english = replaceWords(
            text,
            {
                    {u"Ιαν", u"Jan"}, {u"Φεβ", u"Feb"},  {u"Μάώ", u"Mar"}, {u"Μαώ", u"Mar"}, {u"Μαρ", u"Mar"},
                    {u"Απρ", u"Apr"}, {u"Μάι", u"May"},  {u"Μαϊ", u"May"}, {u"Μαι", u"May"}, {u"Ιούν", u"Jun"},
                    {u"Ιον", u"Jun"}, {u"Ιούλ", u"Jul"}, {u"Ιολ", u"Jul"}, {u"Αύγ", u"Aug"}, {u"Αυγ", u"Aug"},
                    {u"Σεπ", u"Sep"}, {u"Οκτ", u"Oct"},  {u"Νοέ", u"Nov"}, {u"Νοε", u"Nov"}, {u"Δεκ", u"Dec"},
            });
    if (english == text)
        return {};
    return parseTokens(english, false);
}

QDateTime parseHungarian(QStringView text)
{
    static const QRegularExpression re(
            QStringLiteral(R"(^(\d{4})-([^\d\s-]+)-(\d{1,2})T(\d{1,2}):(\d{2})([+-]\d{2}:\d{2})$)"));
    static const std::array<const char16_t *, 12> kMonths
            = {u"január", u"február",   u"március",    u"április", u"május",    u"június",
               u"július", u"augusztus", u"szeptember", u"október", u"november", u"december"};
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    Fields f;
    const QString month = m.capturedView(2).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (month == QStringView(kMonths[size_t(i)]) || (i == 4 && month == u"máujus"))
            f.month = i + 1;
    }
    if (f.month == 0)
        return {};
    f.year = m.capturedView(1).toInt();
    f.day = m.capturedView(3).toInt();
    f.hour = m.capturedView(4).toInt();
    f.minute = m.capturedView(5).toInt();
    const auto offset = numericOffset(m.capturedView(6));
    if (!offset)
        return {};
    f.offsetSeconds = *offset;
    return toUtc(f);
}

} // namespace

QDateTime parse(QStringView text, Grammar grammar)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};
    switch (grammar) {
    case Grammar::W3cDtf:
        return parseW3cDtf(t);
    case Grammar::Iso8601:
        return parseIso8601(t);
    case Grammar::Rfc822:
    case Grammar::Asctime:
        return parseTokens(t, false);
    case Grammar::Perforce:
        return parseTokens(t, true);
    case Grammar::Korean:
        return parseKorean(t);
    case Grammar::Greek:
        return parseGreek(t);
    case Grammar::Hungarian:
        return parseHungarian(t);
    }
    return {};
}

QDateTime parse(QStringView text)
{
    // The cheap, common grammars first: almost every feed uses one of these two.
    for (Grammar g : {Grammar::Rfc822, Grammar::W3cDtf, Grammar::Perforce, Grammar::Korean, Grammar::Greek,
                      Grammar::Hungarian, Grammar::Iso8601}) {
        QDateTime dt = parse(text, g);
        if (dt.isValid())
            return dt;
    }
    return {};
}

QString toIsoUtc(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime u = utc.toUTC();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", u.date().year(), u.date().month(), u.date().day(),
                             u.time().hour(), u.time().minute(), u.time().second());
}

} // namespace tidings::dates
