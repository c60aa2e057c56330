#pragma once

#include "donations/ledger/DonationRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace casedesk::cli {

class CliContext;

// What the ledger's commands print about gifts and donors: the JSON of --json (stable for
// scripts: cents, ISO dates and codes) and the text for people.
class DonationOutput
{
    Q_DECLARE_TR_FUNCTIONS(DonationCommands) // the ledger commands' words, translated once

public:
    // One line of `donations list --json`, and of a donor's history.
    static QJsonObject rowJson(const DonationRow& row);
    // One line of the donations table, under headers().
    static QStringList rowCells(const DonationRow& row);
    static QStringList headers();
    static QList<int> rightAligned() { return { 4 }; }
    // A table of donations under its headers.
    static void printRows(CliContext& context, const QList<DonationRow>& rows);

    // `donations show` and what `donations add|edit` print with --json: the gift as stored.
    static QJsonObject donationJson(const Donation& donation, const DonationRow& row);
    static void printDonation(CliContext& context, const Donation& donation, const DonationRow& row);

    // A donor's own fields, as `donors show|add|edit --json` print them (without the history).
    static QJsonObject donorJson(const Donor& donor);
    // "Label: value" lines of a donor's fields for printFields().
    static QList<std::pair<QString, QString>> donorFields(const Donor& donor);
};

} // namespace casedesk::cli
