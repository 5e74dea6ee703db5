#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace tidings::html {

// The code point of an HTML 4 named character reference ("eacute" -> U+00E9), case-sensitive.
[[nodiscard]] std::optional<char16_t> namedEntity(QStringView name);

// Decodes character references (&amp; &#233; &#xE9; &eacute;) in text; unknown ones stay as written.
[[nodiscard]] QString decodeEntities(QStringView text);

// The readable text of an HTML fragment: tags dropped, script and style bodies skipped, entities decoded,
// block boundaries turned into spaces and runs of white space folded. Used for search and previews,
// so it favours speed over fidelity.
[[nodiscard]] QString toPlainText(QStringView html);

// Escapes &, < and > (and " in attributes) so text can be placed in HTML.
[[nodiscard]] QString escape(QStringView text);

// Rewrites relative URLs in href/src-like attributes against base. Leaves everything else byte for
// byte as it was, so it is safe to run on markup that a later sanitiser will read.
[[nodiscard]] QString resolveRelativeUrls(const QString &html, const QUrl &base);

// Replaces C1 control characters (U+0080-U+009F), which never belong in text, with the windows-1252
// punctuation they stand for in feeds that were mis-encoded ("don\u0092t" -> "don\u2019t").
void fixC1Controls(QString &text);

// True when text looks like markup rather than plain text (a tag or an entity reference).
[[nodiscard]] bool looksLikeHtml(QStringView text);

} // namespace tidings::html
