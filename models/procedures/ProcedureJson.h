#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QUuid>

namespace casedesk {

class ProcedureRepository;

// Reads the procedures of a campaign in the demo data set (resources/demo/demo.json):
//   "procedures": [{"court": "tribunal-administratif", "courtName": "...", "kind": "...",
//                   "caseNumber": "...", "parties": "...", "status": "decided",
//                   "appeals": 0 (index of an earlier procedure, optional), "region": "metropole",
//                   "milestones": [{"kind": "decision", "date": "2016-06-30", "title": "...",
//                                   (or "inDays": 12, counted from `today`: an open deadline
//                                    stays ahead whenever the demo is loaded)
//                                   "note": "...", "deadline": "cja-r811-2" (optional),
//                                   "public": true (optional: shown on the campaign's page)}]}]
class ProcedureJson
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureJson)

public:
    // Stores them for `campaignUuid`; throws DatabaseError with a message naming the procedure
    // and field at fault (the caller's transaction then leaves nothing behind).
    static void import(ProcedureRepository& repository, const QUuid& campaignUuid,
                       const QJsonArray& procedures, const QString& where, const QDate& today);
};

} // namespace casedesk
