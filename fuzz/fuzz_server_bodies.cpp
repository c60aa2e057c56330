// The reference platform's request bodies: a record's PUT or POST body, and a POST /v1/batch
// body, read as Api reads them (QJsonDocument, an object, its "data" object; the batch's
// "writes", each with its method, path and body) and checked by RecordRules::validate, the one
// function every write of every route goes through. What it accepts is then stored and shown as
// the server would: the stored data, its campaign and status columns, the desk's view, the public
// view, the answer serialized for the idempotency store. The records a body may refer to are a
// fixed set (a live and a deleted campaign, procedure, milestone and donor); ids in the seeds
// and the dictionary name them.
//
// The last byte of the input chooses the route: '0'..'8' (and every byte, modulo 10 from '0') a
// collection's PUT, '9' the batch. The seeds end with that digit.

#include "FuzzSupport.h"

#include "ApiCommon.h"
#include "HttpAnswer.h"
#include "RecordRules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace casedesk::platform;

namespace {

const QString kLiveCampaign = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kDeletedCampaign = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kLiveProcedure = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString kDeletedProcedure = QStringLiteral("44444444-4444-4444-8444-444444444444");
const QString kMilestone = QStringLiteral("55555555-5555-4555-8555-555555555555");
const QString kDonor = QStringLiteral("66666666-6666-4666-8666-666666666666");
const QString kRecordId = QStringLiteral("77777777-7777-4777-8777-777777777777");

std::optional<StoredRecord> lookup(const QString& kind, const QString& id)
{
    StoredRecord record;
    record.kind = kind;
    record.id = id;
    record.version = 1;
    if (kind == QLatin1String("campaign") && (id == kLiveCampaign || id == kDeletedCampaign)) {
        record.campaignId = id;
        record.deleted = id == kDeletedCampaign;
        return record;
    }
    if (kind == QLatin1String("procedure") && (id == kLiveProcedure || id == kDeletedProcedure)) {
        record.campaignId = kLiveCampaign;
        record.deleted = id == kDeletedProcedure;
        return record;
    }
    if ((kind == QLatin1String("milestone") && id == kMilestone)
        || (kind == QLatin1String("donor") && id == kDonor))
        return record;
    return std::nullopt;
}

// As Api::applyPut after the preconditions: "data" must be an object, then the rules; an
// accepted record is stored and answered.
void put(const QString& kind, const QString& id, const QJsonObject& body)
{
    const QJsonValue dataValue = body.value(QStringLiteral("data"));
    if (!dataValue.isObject())
        return;
    const QJsonArray errors = RecordRules::validate(kind, dataValue.toObject(), &lookup);
    if (!errors.isEmpty()) {
        problem(422, QStringLiteral("invalid-record"), QStringLiteral("Invalid Record"),
                QStringLiteral("The record has invalid fields."), { { QStringLiteral("errors"), errors } })
            .serialize();
        return;
    }
    StoredRecord record;
    record.kind = kind;
    record.id = id;
    record.version = 2;
    record.data = RecordRules::storedData(dataValue.toObject());
    record.campaignId = RecordRules::campaignIdOf(kind, id, record.data);
    record.status = RecordRules::statusOf(kind, record.data);
    const QByteArray answer = HttpAnswer::json(201, RecordRules::deskJson(record)).serialize();
    HttpAnswer::deserialize(answer);
    if (const std::optional<QJsonObject> view = RecordRules::publicJson(record))
        QJsonDocument(*view).toJson(QJsonDocument::Compact);
}

// As Api::batchWrite and Api::batchItem: each write names its record by path and carries its body.
void batch(const QJsonObject& body)
{
    const QJsonArray writes = body.value(QStringLiteral("writes")).toArray();
    for (const QJsonValue& value : writes) {
        const QJsonObject write = value.toObject();
        if (write.value(QStringLiteral("method")).toString() != QLatin1String("PUT"))
            continue;
        const QStringList segments
            = write.value(QStringLiteral("path")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (segments.size() != 3 || segments.at(0) != QLatin1String("v1"))
            continue;
        const QString kind = RecordRules::kindOfCollection(segments.at(1));
        const QString id = canonicalId(segments.at(2));
        if (kind.isEmpty() || id.isEmpty() || !RecordRules::isWritableKind(kind))
            continue;
        put(kind, id, write.value(QStringLiteral("body")).toObject());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    casedesk::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::array<QString, 9> kinds
        = { QStringLiteral("campaign"),  QStringLiteral("news"),      QStringLiteral("evidence"),
            QStringLiteral("procedure"), QStringLiteral("milestone"), QStringLiteral("donor"),
            QStringLiteral("gift"),      QStringLiteral("donation"),  QStringLiteral("payout") };
    casedesk::fuzz::TailReader tail(data, size);
    const uint8_t route = tail.take();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(tail.rest(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    if (const size_t choice = uint8_t(route - '0') % 10; choice < kinds.size())
        put(kinds[choice], kRecordId, document.object());
    else
        batch(document.object());
    return 0;
}
