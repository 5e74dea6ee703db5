// WordPress REST comments (wp/v2/comments?post=N): the thread under an article.
#include "FuzzSupport.h"

#include "parse/JsonFormats.h"
#include "parse/ParseJson.h"

#include <QJsonDocument>
#include <QUrl>

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Qt's JSON reader is not what is under test; what the parser makes of any JSON it accepts is.
    const QJsonDocument doc = QJsonDocument::fromJson(tidings::fuzz::bytes(data, size));
    if (doc.isNull())
        return 0;
    tidings::ParseResult result;
    if (tidings::json::parseWordPressComments(doc, result))
        (void)tidings::toJson(result);
    return 0;
}
