// Dates as feeds write them (RFC 822 and its variants, W3C-DTF, ISO 8601, asctime, Korean, Greek...).
#include "FuzzSupport.h"

#include "util/Dates.h"

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = tidings::fuzz::text(data, size);
    const QDateTime any = tidings::dates::parse(text);
    if (any.isValid()) {
        if (any.timeSpec() != Qt::UTC)
            tidings::fuzz::violated("dates::parse returned a time that is not UTC", text);
        // What the store and `tidings parse` write must read back as the same instant.
        const QString iso = tidings::dates::toIsoUtc(any);
        const QDateTime again = tidings::dates::parse(iso);
        if (any.date().year() >= 1 && any.date().year() <= 9999 && again.toSecsSinceEpoch() != any.toSecsSinceEpoch())
            tidings::fuzz::violated("toIsoUtc does not read back", text + u" -> "_qs + iso);
    }
    using G = tidings::dates::Grammar;
    for (const G grammar :
         {G::W3cDtf, G::Iso8601, G::Rfc822, G::Asctime, G::Perforce, G::Korean, G::Greek, G::Hungarian})
        (void)tidings::dates::parse(text, grammar);
    return 0;
}
