// HTML character references (&amp; &#233; &#xE9; &eacute; and broken ones), decoded in titles, text,
// attribute values and WooCommerce names, and the escaping that must undo exactly.
#include "FuzzSupport.h"

#include "util/Html.h"

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = tidings::fuzz::text(data, size);
    (void)tidings::html::decodeEntities(text);
    (void)tidings::html::namedEntity(text);
    const QString escaped = tidings::html::escape(text);
    if (tidings::html::decodeEntities(escaped) != text)
        tidings::fuzz::violated("decodeEntities(escape(text)) is not text", text);
    QString fixed = text;
    tidings::html::fixC1Controls(fixed);
    if (fixed.size() != text.size())
        tidings::fuzz::violated("fixC1Controls changed the length of the text", text);
    return 0;
}
