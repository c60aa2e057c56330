#include "receipts/Receipt.h"

#include "common/CodeTable.h"

#include <array>

namespace casedesk {

namespace {

constexpr std::array<std::pair<ReceiptForm, const char*>, 2> kForms = { {
    { ReceiptForm::Individual, "individual" },
    { ReceiptForm::Company, "company" },
} };

constexpr std::array<std::pair<ReceiptKind, const char*>, 2> kKinds = { {
    { ReceiptKind::Gift, "gift" },
    { ReceiptKind::Annual, "annual" },
} };

constexpr std::array<std::pair<ReceiptStatus, const char*>, 2> kStatuses = { {
    { ReceiptStatus::Issued, "issued" },
    { ReceiptStatus::Cancelled, "cancelled" },
} };

constexpr std::array<std::pair<ReceiptMethod, const char*>, 3> kMethods = { {
    { ReceiptMethod::Cash, "cash" },
    { ReceiptMethod::Cheque, "cheque" },
    { ReceiptMethod::Transfer, "transfer" },
} };

constexpr std::array<std::pair<ReceiptCategory, const char*>, 8> kCategories = { {
    { ReceiptCategory::PublicUtility, "public_utility" },
    { ReceiptCategory::GeneralInterestEnvironment, "general_interest_environment" },
    { ReceiptCategory::GeneralInterestSocial, "general_interest_social" },
    { ReceiptCategory::GeneralInterestHumanitarian, "general_interest_humanitarian" },
    { ReceiptCategory::GeneralInterestPhilanthropic, "general_interest_philanthropic" },
    { ReceiptCategory::GeneralInterestEducational, "general_interest_educational" },
    { ReceiptCategory::GeneralInterestCultural, "general_interest_cultural" },
    { ReceiptCategory::FreeCare, "free_care" },
} };

} // namespace

QList<ReceiptMethod> Receipt::methods() const
{
    QList<ReceiptMethod> found;
    for (const ReceiptMethod method : CodeTable::valuesOf(kMethods)) {
        for (const ReceiptGift& gift : gifts) {
            if (gift.method == method) {
                found.append(method);
                break;
            }
        }
    }
    return found;
}

QString ReceiptCodes::form(ReceiptForm form)
{
    return CodeTable::codeOf(kForms, form);
}

std::optional<ReceiptForm> ReceiptCodes::formFromCode(const QString& code)
{
    return CodeTable::valueOf(kForms, code);
}

QString ReceiptCodes::kind(ReceiptKind kind)
{
    return CodeTable::codeOf(kKinds, kind);
}

std::optional<ReceiptKind> ReceiptCodes::kindFromCode(const QString& code)
{
    return CodeTable::valueOf(kKinds, code);
}

QString ReceiptCodes::status(ReceiptStatus status)
{
    return CodeTable::codeOf(kStatuses, status);
}

std::optional<ReceiptStatus> ReceiptCodes::statusFromCode(const QString& code)
{
    return CodeTable::valueOf(kStatuses, code);
}

QString ReceiptCodes::method(ReceiptMethod method)
{
    return CodeTable::codeOf(kMethods, method);
}

std::optional<ReceiptMethod> ReceiptCodes::methodFromCode(const QString& code)
{
    return CodeTable::valueOf(kMethods, code);
}

QString ReceiptCodes::category(ReceiptCategory category)
{
    return CodeTable::codeOf(kCategories, category);
}

std::optional<ReceiptCategory> ReceiptCodes::categoryFromCode(const QString& code)
{
    return CodeTable::valueOf(kCategories, code);
}

QList<ReceiptCategory> ReceiptCodes::categories()
{
    return CodeTable::valuesOf(kCategories);
}

QString ReceiptCodes::formLabel(ReceiptForm form)
{
    return form == ReceiptForm::Company ? tr("Company (Cerfa 16216, art. 238 bis CGI)")
                                        : tr("Individual (Cerfa 11580*05, art. 200 CGI)");
}

QString ReceiptCodes::kindLabel(ReceiptKind kind)
{
    return kind == ReceiptKind::Annual ? tr("Annual") : tr("Per gift");
}

QString ReceiptCodes::statusLabel(ReceiptStatus status)
{
    return status == ReceiptStatus::Cancelled ? tr("Cancelled") : tr("Issued");
}

QString ReceiptCodes::categoryLabel(ReceiptCategory category)
{
    switch (category) {
    case ReceiptCategory::PublicUtility:
        return tr("Recognised as of public utility");
    case ReceiptCategory::GeneralInterestEnvironment:
        return tr("General interest: defence of the natural environment");
    case ReceiptCategory::GeneralInterestSocial:
        return tr("General interest: social");
    case ReceiptCategory::GeneralInterestHumanitarian:
        return tr("General interest: humanitarian");
    case ReceiptCategory::GeneralInterestPhilanthropic:
        return tr("General interest: philanthropic");
    case ReceiptCategory::GeneralInterestEducational:
        return tr("General interest: educational");
    case ReceiptCategory::GeneralInterestCultural:
        return tr("General interest: cultural");
    case ReceiptCategory::FreeCare:
        return tr("Free meals, care or housing for people in difficulty (75 %)");
    }
    return {};
}

QString ReceiptCodes::categoryCerfaText(ReceiptCategory category)
{
    const QString generalInterest
        = QStringLiteral("Œuvre ou organisme d'intérêt général ayant un caractère ");
    switch (category) {
    case ReceiptCategory::PublicUtility:
        return QStringLiteral("Association ou fondation reconnue d'utilité publique");
    case ReceiptCategory::GeneralInterestEnvironment:
        return QStringLiteral(
            "Œuvre ou organisme d'intérêt général concourant à la défense de l'environnement "
            "naturel");
    case ReceiptCategory::GeneralInterestSocial:
        return generalInterest + QStringLiteral("social");
    case ReceiptCategory::GeneralInterestHumanitarian:
        return generalInterest + QStringLiteral("humanitaire");
    case ReceiptCategory::GeneralInterestPhilanthropic:
        return generalInterest + QStringLiteral("philanthropique");
    case ReceiptCategory::GeneralInterestEducational:
        return generalInterest + QStringLiteral("éducatif");
    case ReceiptCategory::GeneralInterestCultural:
        return generalInterest + QStringLiteral("culturel");
    case ReceiptCategory::FreeCare:
        return QStringLiteral("Organisme sans but lucratif procédant à la fourniture gratuite de repas à des "
                              "personnes en difficulté, contribuant à favoriser leur logement ou leur "
                              "dispensant gratuitement des soins (art. 200-1 ter CGI)");
    }
    return {};
}

QString ReceiptCodes::methodCerfaText(ReceiptMethod method)
{
    switch (method) {
    case ReceiptMethod::Cash:
        return QStringLiteral("Remise d'espèces");
    case ReceiptMethod::Cheque:
        return QStringLiteral("Chèque");
    case ReceiptMethod::Transfer:
        return QStringLiteral("Virement, prélèvement, carte bancaire");
    }
    return {};
}

QString ReceiptCodes::number(int year, int sequence)
{
    return QStringLiteral("%1-%2").arg(year).arg(sequence, 5, 10, QLatin1Char('0'));
}

} // namespace casedesk
