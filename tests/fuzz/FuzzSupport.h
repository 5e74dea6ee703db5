#pragma once

// What every fuzz target shares: one QCoreApplication for the process, Qt's messages silenced (a
// parser that warns on every malformed input would spend the fuzzing time printing), and the input
// as Qt types.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tidings::fuzz {

inline void initialize()
{
    // Qt keeps argc by reference: it must outlive the application, which lives as long as the process.
    static int argc = 1;
    static char name[] = "tidings-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
            std::abort();
        }
    });
    app = new QCoreApplication(argc, argv);
}

// A copy, not QByteArray::fromRawData: real documents arrive NUL-terminated, and a parser reading the
// terminator of a raw buffer would be a finding of the harness, not of the parser.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A property the code under test promised and broke: abort so libFuzzer keeps the input as a crash.
[[noreturn]] inline void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "property violated: %s\n%s\n", what, qUtf8Printable(detail.left(2000)));
    std::abort();
}

} // namespace tidings::fuzz

#define TIDINGS_FUZZ_INITIALIZE \
    extern "C" int LLVMFuzzerInitialize(int *, char ***) \
    { \
        tidings::fuzz::initialize(); \
        return 0; \
    }
