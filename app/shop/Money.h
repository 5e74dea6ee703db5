#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace tidings {

// An amount of money as an integer count of the currency's minor unit (cents for USD, yen for JPY,
// fils for KWD). Never a double: 0.1 + 0.2 must not become a price.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217 code, upper case

    // Digits after the decimal point for an ISO 4217 code (2 unless the standard says otherwise).
    [[nodiscard]] static int minorDigits(QStringView currency);

    // Parses "17.99 USD", "USD 17.99", "17,99 EUR", "1,299.00 USD", "1799" (with a default currency).
    // Refuses more fraction digits than the currency has, rather than rounding someone's price.
    [[nodiscard]] static std::optional<Money> parse(QStringView text, QStringView defaultCurrency = {});

    // Parses a bare decimal amount ("17.99", "1299") in the given currency.
    [[nodiscard]] static std::optional<Money> parseAmount(QStringView amount, QStringView currency);

    // An amount already in minor units, as WooCommerce gives it ("1799" with minor unit 2).
    [[nodiscard]] static std::optional<Money> fromMinorUnits(QStringView minorUnits, int storeDigits,
                                                             QStringView currency);

    // "17.99 USD": exact, locale-independent, and parse() reads it back.
    [[nodiscard]] QString toString() const;

    [[nodiscard]] bool isValid() const { return currency.size() == 3; }
    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace tidings
