// OPML subscription lists (`tidings import-opml`): what RSS Guard, Liferea, NetNewsWire, Newsboat export.
#include "FuzzSupport.h"

#include "sync/Opml.h"

#include <QBuffer>

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = tidings::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    QList<tidings::SiteRow> sites;
    QString error;
    if (tidings::Opml::read(&buffer, sites, error)) {
        // What export-opml writes must import again, the same sites in the same folders.
        QByteArray written = tidings::Opml::write(sites);
        QBuffer again(&written);
        again.open(QIODevice::ReadOnly);
        QList<tidings::SiteRow> reread;
        if (!tidings::Opml::read(&again, reread, error))
            tidings::fuzz::violated("export-opml wrote a file import-opml refuses", error);
    } else if (!sites.isEmpty()) {
        tidings::fuzz::violated("a refused OPML file still gave sites", error);
    }
    return 0;
}
