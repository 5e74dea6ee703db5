#pragma once

#include "FeedTypes.h"

#include <QJsonDocument>

namespace tidings::json {

// Each returns false when the document is not of its kind, leaving result untouched.
bool parseJsonFeed(const QJsonDocument &doc, const QUrl &url, ParseResult &result);
bool parseWordPressComments(const QJsonDocument &doc, ParseResult &result);
bool parseShopifyProducts(const QJsonDocument &doc, const QUrl &url, const QString &currency, ParseResult &result);
bool parseWooCommerceProducts(const QJsonDocument &doc, ParseResult &result);

} // namespace tidings::json
