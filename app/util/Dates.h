#pragma once

#include <QDateTime>
#include <QStringView>

namespace tidings::dates {

// The date grammars feeds use in the wild. parse() tries them all; the named ones exist so tests can
// pin a grammar down without another one accepting the same string.
enum class Grammar {
    W3cDtf, // RFC 3339 / W3C-DTF: 2003-12-31T10:14:55Z, 2003-12, 2004-07-08 23:56:58 -00:20
    Iso8601, // legacy ISO 8601 forms: 031231, -0312, 03335 (ordinal), 2003-012-31T...
    Rfc822, // RFC 822/1123 with real-world variants: named zones, no seconds, 2-digit years, no comma
    Asctime, // Sun Jan  4 16:29:06 2004
    Perforce, // Fri, 2006/09/15 08:19:53 EDT
    Korean, // 2004-05-25 오후 11:23:17, 2004년 05월 28일 01:31:15 (Korea Standard Time)
    Greek, // Κυρ, 11 Ιούλ 2004 12:00:00 EST
    Hungarian // 2004-július-13T9:15-05:00
};

// Returns the instant in UTC, or an invalid QDateTime when the text is not a date in any grammar.
[[nodiscard]] QDateTime parse(QStringView text);
[[nodiscard]] QDateTime parse(QStringView text, Grammar grammar);

// "YYYY-MM-DDTHH:MM:SSZ", the form the JSON output and the store use.
[[nodiscard]] QString toIsoUtc(const QDateTime &utc);

} // namespace tidings::dates
