#include "Money.h"

#include <algorithm>
#include <array>
#include <limits>

namespace tidings {
namespace {

bool isCurrencyCode(QStringView s)
{
    return s.size() == 3 && std::ranges::all_of(s, [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace

int Money::minorDigits(QStringView currency)
{
    // ISO 4217 currencies whose minor unit is not 2 digits.
    static constexpr std::array<const char16_t *, 16> kZero
            = {u"BIF", u"CLP", u"DJF", u"GNF", u"ISK", u"JPY", u"KMF", u"KRW",
               u"PYG", u"RWF", u"UGX", u"UYI", u"VND", u"VUV", u"XAF", u"XOF"};
    static constexpr std::array<const char16_t *, 7> kThree = {u"BHD", u"IQD", u"JOD", u"KWD", u"LYD", u"OMR", u"TND"};
    for (const char16_t *c : kZero) {
        if (currency == QStringView(c))
            return 0;
    }
    for (const char16_t *c : kThree) {
        if (currency == QStringView(c))
            return 3;
    }
    if (currency == u"CLF" || currency == u"UYW")
        return 4;
    return 2;
}

std::optional<Money> Money::parseAmount(QStringView amount, QStringView currency)
{
    const QString code = currency.trimmed().toString().toUpper();
    if (!isCurrencyCode(code))
        return std::nullopt;
    QStringView a = amount.trimmed();
    bool negative = false;
    if (a.startsWith(u'-')) {
        negative = true;
        a = a.mid(1);
    }
    if (a.isEmpty())
        return std::nullopt;

    // The decimal separator is the last '.' or ',' when it is followed by 1 to 3 digits and is not a
    // thousands separator ("1,299" is ambiguous; a group of exactly three digits after a single
    // separator is read as thousands unless the currency has three minor digits).
    const int digits = minorDigits(code);
    qsizetype sep = -1;
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        if (a[i] == u'.' || a[i] == u',') {
            sep = i;
            break;
        }
    }
    if (sep >= 0) {
        const qsizetype fractionLength = a.size() - sep - 1;
        const bool onlyOneSeparator = a.count(a[sep]) == 1 && !a.left(sep).contains(a[sep] == u'.' ? u',' : u'.');
        if (fractionLength == 3 && digits != 3 && onlyOneSeparator && a[sep] == u',')
            sep = -1; // "1,299" means one thousand two hundred ninety-nine
    }
    QString whole;
    QString fraction;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QChar c = a[i];
        if (i == sep)
            continue;
        if (c == u'.' || c == u',' || c == u' ' || c == QChar(0xA0) || c == u'\'') {
            if (sep < 0 || i < sep)
                continue; // grouping separator
            return std::nullopt;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        (sep >= 0 && i > sep ? fraction : whole) += c;
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    while (fraction.size() > digits && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > digits)
        return std::nullopt;
    fraction = fraction.leftJustified(digits, u'0');
    if (whole.size() + fraction.size() > 17)
        return std::nullopt; // beyond qint64 with room to spare; no real price is that large
    const QString digitsOnly = whole + fraction;
    bool ok = false;
    const qint64 minor = digitsOnly.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Money{negative ? -minor : minor, code};
}

std::optional<Money> Money::fromMinorUnits(QStringView minorUnits, int storeDigits, QStringView currency)
{
    const QString code = currency.trimmed().toString().toUpper();
    if (!isCurrencyCode(code) || storeDigits < 0 || storeDigits > 4)
        return std::nullopt;
    bool ok = false;
    const qint64 value = minorUnits.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    // The store may count in a different unit from ISO's (a shop set to 0 decimals in EUR).
    int shift = minorDigits(code) - storeDigits;
    qint64 minor = value;
    for (; shift > 0; --shift) {
        if (minor > std::numeric_limits<qint64>::max() / 10 || minor < std::numeric_limits<qint64>::min() / 10)
            return std::nullopt;
        minor *= 10;
    }
    for (; shift < 0; ++shift) {
        if (minor % 10 != 0)
            return std::nullopt;
        minor /= 10;
    }
    // The bound parseAmount() keeps (17 digits), so that toString() of any amount reads back.
    constexpr qint64 kLimit = 100'000'000'000'000'000;
    if (minor >= kLimit || minor <= -kLimit)
        return std::nullopt;
    return Money{minor, code};
}

std::optional<Money> Money::parse(QStringView text, QStringView defaultCurrency)
{
    const QStringView t = text.trimmed();
    // Currency code before or after the amount, with or without a space.
    if (t.size() > 3 && isCurrencyCode(t.right(3)))
        return parseAmount(t.left(t.size() - 3), t.right(3));
    if (t.size() > 3 && isCurrencyCode(t.left(3)))
        return parseAmount(t.mid(3), t.left(3));
    if (!defaultCurrency.isEmpty())
        return parseAmount(t, defaultCurrency);
    return std::nullopt;
}

QString Money::toString() const
{
    const int digits = minorDigits(currency);
    // Unsigned: the most negative qint64 has no positive counterpart to negate into.
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString s = QString::number(magnitude / scale);
    if (digits > 0)
        s += u'.' + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return (minor < 0 ? u"-"_qs : QString()) + s + u' ' + currency;
}

} // namespace tidings
