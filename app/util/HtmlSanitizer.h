#pragma once

#include <QString>
#include <QUrl>

namespace tidings::html {

// Makes untrusted article HTML safe to show: keeps structure, text, links and images; drops scripts,
// styles, frames, forms, embedded objects and their content, every event handler and style
// attribute, and any URL that is not http(s) (mailto for links). The output is well-formed enough
// for QTextBrowser, which never runs scripts anyway: this is defence in depth plus "no remote loads
// the user did not allow", since images can then be loaded by a policy the reader applies.
struct SanitizeOptions
{
    QUrl base; // relative links and images resolve against this (the article's link)
    bool keepImages = true; // false: each image becomes its alt text
};

// What the sanitiser saw, for a reader that offers to show images.
struct SanitizeReport
{
    int images = 0; // images with a safe address, kept or turned into alt text
};

[[nodiscard]] QString sanitize(QStringView html, const SanitizeOptions &options = {}, SanitizeReport *report = nullptr);

} // namespace tidings::html
