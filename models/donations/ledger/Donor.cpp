#include "donations/ledger/Donor.h"

#include "common/CodeTable.h"

#include <algorithm>
#include <array>

namespace casedesk {

namespace {

constexpr std::array<std::pair<DonorLegalKind, const char*>, 2> kLegalKinds = { {
    { DonorLegalKind::Person, "person" },
    { DonorLegalKind::Company, "company" },
} };

constexpr std::array<std::pair<ReceiptChoice, const char*>, 3> kReceiptChoices = { {
    { ReceiptChoice::PerGift, "per_gift" },
    { ReceiptChoice::Annual, "annual" },
    { ReceiptChoice::None, "none" },
} };

} // namespace

QString DonorCodes::legalKind(DonorLegalKind kind)
{
    return CodeTable::codeOf(kLegalKinds, kind);
}

std::optional<DonorLegalKind> DonorCodes::legalKindFromCode(const QString& code)
{
    return CodeTable::valueOf(kLegalKinds, code);
}

QList<DonorLegalKind> DonorCodes::legalKinds()
{
    return CodeTable::valuesOf(kLegalKinds);
}

QString DonorCodes::legalKindLabel(DonorLegalKind kind)
{
    switch (kind) {
    case DonorLegalKind::Person:
        return tr("Person");
    case DonorLegalKind::Company:
        return tr("Company");
    }
    return {};
}

QString DonorCodes::receiptChoice(ReceiptChoice choice)
{
    return CodeTable::codeOf(kReceiptChoices, choice);
}

std::optional<ReceiptChoice> DonorCodes::receiptChoiceFromCode(const QString& code)
{
    return CodeTable::valueOf(kReceiptChoices, code);
}

QList<ReceiptChoice> DonorCodes::receiptChoices()
{
    return CodeTable::valuesOf(kReceiptChoices);
}

QString DonorCodes::receiptChoiceLabel(ReceiptChoice choice)
{
    switch (choice) {
    case ReceiptChoice::PerGift:
        return tr("A receipt per gift");
    case ReceiptChoice::Annual:
        return tr("One receipt a year");
    case ReceiptChoice::None:
        return tr("No receipt");
    }
    return {};
}

} // namespace casedesk

namespace casedesk::DonorNames {

namespace {

// Decompose (é -> e + combining acute), drop the combining marks, fold case. Ligatures have no
// decomposition, so they are spelled out the way French sorts them. Spaces are left as they are.
QString foldedUnsimplified(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152: // Œ
            key += QStringLiteral("oe");
            break;
        case 0x00E6: // æ
        case 0x00C6: // Æ
            key += QStringLiteral("ae");
            break;
        case 0x00DF: // ß
            key += QStringLiteral("ss");
            break;
        default:
            key += c.toLower();
        }
    }
    return key;
}

// Normalising is most of the cost of a key (a statement import makes one per line). Every
// Latin-1 character decomposes on its own into a base character and marks, and no neighbour
// reorders with it, so a Latin-1 text (French names and bank labels nearly always are) folds
// character by character from this table, which the general path fills once.
struct Latin1Folds
{
    std::array<QString, 256> folds;
    qsizetype longest = 0; // "¼" -> "1⁄4"
};

const Latin1Folds& latin1Folds()
{
    static const Latin1Folds table = [] {
        Latin1Folds made;
        for (char16_t c = 0; c < 256; ++c) {
            made.folds[c] = foldedUnsimplified(QString(QChar(c)));
            made.longest = std::max(made.longest, made.folds[c].size());
        }
        return made;
    }();
    return table;
}

} // namespace

QString sortKey(const QString& name)
{
    const bool latin1 = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 256; });
    if (!latin1)
        return foldedUnsimplified(name).simplified();
    // Folded and simplified (as QString::simplified: no space at either end, one space for each
    // run of spaces) in one pass over a buffer long enough for the longest folds.
    const Latin1Folds& table = latin1Folds();
    QString key(name.size() * table.longest, Qt::Uninitialized);
    QChar* const begin = key.data();
    QChar* out = begin;
    bool space = false;
    for (const QChar c : name) {
        for (const QChar folded : table.folds[c.unicode()]) {
            if (folded.isSpace()) {
                space = out != begin;
                continue;
            }
            if (space) {
                *out++ = QLatin1Char(' ');
                space = false;
            }
            *out++ = folded;
        }
    }
    key.truncate(out - begin);
    return key;
}

} // namespace casedesk::DonorNames
