#pragma once

#include <QString>

namespace tidings::bench {

// Writes an RSS 2.0 feed of `items` items shaped like a busy WordPress site's: title, guid, pubDate,
// dc:creator, a category, a description, about 2 KB of content:encoded HTML, wfw:commentRss and
// slash:comments (about 2.1 KB an item). Words come from a fixed vocabulary with a fixed seed, so
// the same N gives the same file. Streams to disk: memory does not grow with N.
bool writeWordPressFeed(const QString &path, int items, int seed = 1);

} // namespace tidings::bench
