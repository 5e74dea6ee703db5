// Prices as product feeds write them ("17.99 USD", "USD 1,299.00", "17,99 EUR", minor units with a
// store's own exponent), which must become exact integer amounts or be refused, never rounded.
#include "FuzzSupport.h"

#include "shop/Money.h"

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = tidings::fuzz::text(data, size);
    for (const auto &money : {tidings::Money::parse(text, u"USD"), tidings::Money::parse(text, u"KWD"),
                              tidings::Money::parse(text), tidings::Money::fromMinorUnits(text, int(size % 6), u"JPY"),
                              tidings::Money::fromMinorUnits(text, 2, u"EUR")}) {
        if (!money)
            continue;
        // toString() is documented to read back through parse() exactly.
        const QString written = money->toString();
        const auto again = tidings::Money::parse(written);
        if (!again || *again != *money)
            tidings::fuzz::violated("Money::toString does not read back", text + u" -> "_qs + written);
    }
    return 0;
}
