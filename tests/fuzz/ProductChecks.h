#pragma once

// What every product parser promises about the prices it returns, whatever the input: a sale price
// only below the regular price and in the same currency (totals are never mixed across currencies).

#include "FuzzSupport.h"

#include "parse/FeedTypes.h"

namespace tidings::fuzz {

inline void checkProducts(const ParseResult &result)
{
    for (const ParsedProduct &p : result.products) {
        for (const ParsedVariant &v : p.variants) {
            if (!v.price.isValid())
                violated("a variant without a valid currency", p.id);
            if (v.salePrice && v.salePrice->minor >= v.price.minor)
                violated("a sale price kept that is not below the price", p.id);
            if (v.salePrice && v.salePrice->currency != v.price.currency)
                violated("a sale price in another currency than the price", p.id);
        }
    }
}

} // namespace tidings::fuzz
