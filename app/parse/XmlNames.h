#pragma once

#include <QLatin1StringView>

// Namespace URIs of the vocabularies Tidings reads.
namespace tidings::xmlns {
inline constexpr QLatin1StringView kAtom10("http://www.w3.org/2005/Atom");
inline constexpr QLatin1StringView kAtom03("http://purl.org/atom/ns#");
inline constexpr QLatin1StringView kRss10("http://purl.org/rss/1.0/");
inline constexpr QLatin1StringView kRss090("http://my.netscape.com/rdf/simple/0.9/");
inline constexpr QLatin1StringView kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline constexpr QLatin1StringView kContent("http://purl.org/rss/1.0/modules/content/");
inline constexpr QLatin1StringView kDc("http://purl.org/dc/elements/1.1/");
inline constexpr QLatin1StringView kDcTerms("http://purl.org/dc/terms/");
inline constexpr QLatin1StringView kWfw("http://wellformedweb.org/CommentAPI/");
inline constexpr QLatin1StringView kSlash("http://purl.org/rss/1.0/modules/slash/");
inline constexpr QLatin1StringView kThread("http://purl.org/syndication/thread/1.0");
inline constexpr QLatin1StringView kMedia("http://search.yahoo.com/mrss/");
inline constexpr QLatin1StringView kMerchant("http://base.google.com/ns/1.0");
inline constexpr QLatin1StringView kXhtml("http://www.w3.org/1999/xhtml");
inline constexpr QLatin1StringView kItunes("http://www.itunes.com/dtds/podcast-1.0.dtd");
inline constexpr QLatin1StringView kXml("http://www.w3.org/XML/1998/namespace");
} // namespace tidings::xmlns
