#pragma once

class QWidget;

namespace casedesk {

// A field that cannot be edited must not look like one that can: its background takes the
// window's colour while it is read-only (a campaign under review shows what the board read).
void showAsReadOnly(QWidget* field, bool readOnly);

} // namespace casedesk
