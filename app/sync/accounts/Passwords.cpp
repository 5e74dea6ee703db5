#include "Passwords.h"

#include "Keychain.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// Says where passwords come from and why one is missing; never the password.
Q_LOGGING_CATEGORY(lcPasswords, "tidings.passwords", QtWarningMsg)

namespace tidings::accounts {

namespace {

// A path as a shell reads it back, for commands the user is told to run.
QString shellQuoted(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./~+-]+$"));
    if (plain.match(path).hasMatch())
        return path;
    return u'\'' + QString(path).replace(u'\'', u"'\\''"_qs) + u'\'';
}

// A password is the first line, without its line ending. Spaces are kept: they may be part of it.
QString firstLine(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    return QString::fromUtf8(bytes.left(end));
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// What a failing command said, short enough for a message.
QString stderrExcerpt(const QByteArray &bytes)
{
    constexpr qsizetype maxChars = 500;
    QString text = QString::fromLocal8Bit(bytes).trimmed();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

void appendCapped(QByteArray &buffer, const QByteArray &more)
{
    buffer.append(more.left(std::max<qsizetype>(0, Passwords::maxInputBytes - buffer.size())));
}

} // namespace

std::optional<QString> SessionPasswords::find(const QString &key) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_passwords.constFind(key);
    if (it == m_passwords.constEnd())
        return std::nullopt;
    return *it;
}

void SessionPasswords::remember(const QString &key, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.insert(key, password);
}

void SessionPasswords::forget(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.remove(key);
}

std::optional<QString> SessionPasswords::findOrAsk(const QString &key,
                                                   const std::function<std::optional<QString>()> &ask)
{
    if (std::optional<QString> known = find(key))
        return known;
    std::optional<QString> answer = ask();
    if (answer)
        remember(key, *answer);
    return answer;
}

Passwords::Passwords(const Keychain *keychain, SessionPasswords *session)
    : m_keychain(keychain)
    , m_session(session)
{ }

PasswordResult Passwords::passwordFor(const PasswordSource &source, const QString &keychainKey) const
{
    switch (source.kind) {
    case PasswordSource::Kind::File:
        return readFile(source.location);
    case PasswordSource::Kind::Command:
        return runCommand(source.location);
    case PasswordSource::Kind::Keychain:
        break;
    }
    if (m_session) {
        if (std::optional<QString> given = m_session->find(keychainKey))
            return PasswordResult::found(*given);
    }
    if (!m_keychain)
        return PasswordResult::failed(PasswordResult::Error::NoKeychain,
                                      tr("No keychain is available; give the account a password file or command "
                                         "(--password-file or --password-command)."));
    return m_keychain->readNow(keychainKey);
}

QString Passwords::keychainKey(const QUrl &serviceUrl, const QString &user)
{
    // A user name may itself hold "@" (an e-mail address); the address after the last "@" is whole.
    const QUrl address = serviceUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return user + QLatin1Char('@') + address.toString(QUrl::FullyEncoded);
}

PasswordResult Passwords::readFile(const QString &path)
{
    using Error = PasswordResult::Error;
    const QString filePath = expandHome(path);
    const QByteArray nativePath = QFile::encodeName(filePath);
    // O_NONBLOCK: a FIFO put where the file should be must not hang the sync; the checks below are
    // made on what was opened (fstat), not on the name, so the file cannot be swapped between them.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        qCInfo(lcPasswords) << "password file" << filePath << "not opened:" << error;
        if (error == ENOENT)
            return PasswordResult::failed(Error::Failed, tr("The password file %1 does not exist.").arg(filePath));
        return PasswordResult::failed(Error::Failed,
                                      tr("The password file %1 cannot be read: %2.").arg(filePath, errnoText(error)));
    }
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};

    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        const int error = errno;
        return PasswordResult::failed(Error::Failed,
                                      tr("The password file %1 cannot be read: %2.").arg(filePath, errnoText(error)));
    }
    if (!S_ISREG(status.st_mode))
        return PasswordResult::failed(Error::Refused, tr("The password file %1 is not a regular file.").arg(filePath));
    if (status.st_uid != ::geteuid())
        return PasswordResult::failed(Error::Refused,
                                      tr("The password file %1 belongs to another user; only a file of your own "
                                         "is trusted.")
                                              .arg(filePath));
    const auto othersBits = static_cast<unsigned>(status.st_mode) & (S_IRWXG | S_IRWXO);
    if (othersBits != 0) {
        const QString permissions = QString::number(static_cast<unsigned>(status.st_mode) & 07777U, 8);
        return PasswordResult::failed(
                Error::Refused,
                tr("The password file %1 is open to other users (permissions %2); only its "
                   "owner may have access to it. Make it private with: chmod 600 %3")
                        .arg(filePath, permissions.rightJustified(4, QLatin1Char('0')), shellQuoted(filePath)));
    }

    QByteArray bytes;
    char chunk[4096];
    while (bytes.size() < maxInputBytes && !bytes.contains('\n')) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            return PasswordResult::failed(
                    Error::Failed, tr("The password file %1 cannot be read: %2.").arg(filePath, errnoText(error)));
        }
        if (n == 0)
            break;
        bytes.append(chunk, n);
    }
    const QString password = firstLine(bytes);
    if (password.isEmpty())
        return PasswordResult::failed(Error::Failed,
                                      tr("The first line of the password file %1 is empty.").arg(filePath));
    return PasswordResult::found(password);
}

PasswordResult Passwords::runCommand(const QString &commandLine, std::chrono::milliseconds timeout)
{
    using Error = PasswordResult::Error;
    QProcess process;
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({QStringLiteral("-c"), commandLine});
    // Nothing to read: a command that waits for input would otherwise wait until the timeout.
    process.setStandardInputFile(QProcess::nullDevice());
    // A process group of its own, so that a timeout kills what the shell started too (sleep, gpg, ...),
    // not only the shell.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });

    // Output is read as it comes and kept up to a cap, so a command that prints without end costs no
    // more than the cap until the timeout stops it.
    QByteArray out;
    QByteArray err;
    QEventLoop loop;
    bool timedOut = false;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop,
                     [&] { appendCapped(out, process.readAllStandardOutput()); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { appendCapped(err, process.readAllStandardError()); });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timer.start(timeout);
    process.start(QIODevice::ReadOnly);
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart)
        loop.exec();

    if (process.error() == QProcess::FailedToStart && process.state() == QProcess::NotRunning)
        return PasswordResult::failed(Error::Failed,
                                      tr("The password command could not be started: %1.").arg(process.errorString()));
    if (timedOut) {
        const qint64 pid = process.processId();
        if (pid > 0)
            ::kill(static_cast<pid_t>(-pid), SIGKILL);
        process.kill();
        process.waitForFinished(-1);
        const auto seconds = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        qCInfo(lcPasswords) << "password command timed out after" << timeout.count() << "ms";
        QString message = seconds > 0
                ? tr("The password command `%1` did not finish within %n second(s).", nullptr, seconds).arg(commandLine)
                : tr("The password command `%1` did not finish in time.").arg(commandLine);
        appendCapped(err, process.readAllStandardError());
        if (const QString said = stderrExcerpt(err); !said.isEmpty())
            message += QLatin1Char(' ') + tr("It said: %1").arg(said);
        return PasswordResult::failed(Error::Failed, message);
    }
    appendCapped(out, process.readAllStandardOutput());
    appendCapped(err, process.readAllStandardError());
    const QString said = stderrExcerpt(err);

    if (process.exitStatus() == QProcess::CrashExit)
        return PasswordResult::failed(Error::Failed,
                                      said.isEmpty()
                                              ? tr("The password command `%1` was killed.").arg(commandLine)
                                              : tr("The password command `%1` was killed: %2").arg(commandLine, said));
    if (process.exitCode() != 0) {
        qCInfo(lcPasswords) << "password command exited with" << process.exitCode();
        const QString status = QString::number(process.exitCode());
        return PasswordResult::failed(
                Error::Failed,
                said.isEmpty()
                        ? tr("The password command `%1` failed (exit status %2) and printed no error.")
                                  .arg(commandLine, status)
                        : tr("The password command `%1` failed (exit status %2): %3").arg(commandLine, status, said));
    }
    const QString password = firstLine(out);
    if (password.isEmpty())
        return PasswordResult::failed(
                Error::Failed,
                said.isEmpty() ? tr("The password command `%1` printed no password.").arg(commandLine)
                               : tr("The password command `%1` printed no password: %2").arg(commandLine, said));
    return PasswordResult::found(password);
}

} // namespace tidings::accounts
