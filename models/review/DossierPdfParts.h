#pragma once

// The parts of the dossier PDF (DossierPdf.cpp: the cover and the dossier itself;
// DossierPdfParts.cpp: the procedures, the evidence, the press, the history and the review).
// Internal to those two files.

#include "review/DossierPdf.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace casedesk {

class PdfFlow;

namespace DossierParts {

QString text(const QJsonObject& object, const char* key);
qint64 cents(const QJsonObject& object, const char* key);
QDate date(const QJsonObject& object, const char* key);
QJsonArray array(const QJsonObject& object, const char* key);

void procedures(PdfFlow& flow, const DossierContent& content, const QLocale& locale);
void evidence(PdfFlow& flow, const DossierContent& content, const QLocale& locale);
void press(PdfFlow& flow, const DossierContent& content, const QLocale& locale);
void history(PdfFlow& flow, const DossierContent& content, const QLocale& locale);
void review(PdfFlow& flow, const DossierContent& content, const QLocale& locale);

} // namespace DossierParts
} // namespace casedesk
