#pragma once

#include "storage/Sources.h"

#include <QCoreApplication>
#include <QIODevice>

namespace tidings {

// OPML subscription lists, as RSS Guard, Liferea, NetNewsWire, Newsboat and others export them.
class Opml
{
    Q_DECLARE_TR_FUNCTIONS(Opml)

public:
    // Every outline with an xmlUrl becomes a site with one article feed, in the folder its parent
    // outlines name ("Tech/Audio"). Returns false, with error set and sites empty, for anything that
    // is not a readable OPML document: an import then stores nothing at all.
    [[nodiscard]] static bool read(QIODevice *device, QList<SiteRow> &sites, QString &error);

    // The sites' article feeds as OPML 2.0, nested by folder.
    [[nodiscard]] static QByteArray write(const QList<SiteRow> &sites);
};

} // namespace tidings
