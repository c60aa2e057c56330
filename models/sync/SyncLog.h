#pragma once

#include <QLoggingCategory>

namespace casedesk {
// Requests (method, path, status, attempt) and sync outcomes. Never headers, never the token.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace casedesk
