#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamEntityResolver>

// What XmlFeedParser does to its input before and around QXmlStreamReader: charset detection,
// lenient decoding, the repair pass for documents that are not well-formed, undeclared HTML entities.
namespace tidings::xmlinput {

// Resolves undeclared HTML entities (&nbsp; &eacute;...) and remembers the first one, because a
// document that needs this is not well-formed XML and the user is told so.
class HtmlEntityResolver final : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override;
    QString firstUndeclared;
};

// Makes XML text parseable: escapes '&' that starts no reference, keeps declared and HTML entities,
// drops control characters XML forbids, and removes the encoding declaration (the text is decoded).
[[nodiscard]] QString repairXml(QString text);

// Where a document's content starts: past a UTF-8 BOM and white space.
[[nodiscard]] qsizetype significantStart(QByteArrayView head);

// Where "<?xml" starts when only white space (after an optional UTF-8 BOM) comes before it, which XML
// forbids; 0 when the declaration is where it belongs or there is none.
[[nodiscard]] qsizetype declarationAfterWhitespace(QByteArrayView head);

// The encoding an XML declaration names, from the first bytes of a document; empty when none.
[[nodiscard]] QString declaredEncoding(const QByteArray &head);

// Documents labelled ISO-8859-1 or ASCII are windows-1252 in practice (curly quotes in 0x80-0x9F);
// browsers have decoded them so for decades and feeds rely on it.
[[nodiscard]] bool isLatin1Name(const QString &name);

// Decodes bytes as well as can be done: BOM, then the given charset, then the declared encoding,
// then UTF-8, then windows-1252 (which accepts any byte) when UTF-8 does not fit.
[[nodiscard]] QString decodeLeniently(const QByteArray &raw, const QString &charset);

} // namespace tidings::xmlinput
