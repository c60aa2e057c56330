#include "common/ReadOnlyLook.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace casedesk {

void showAsReadOnly(QWidget* field, bool readOnly)
{
    QPalette palette = field->palette();
    const QPalette standard = QApplication::palette(field);
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        palette.setColor(group, QPalette::Base,
                         readOnly ? standard.color(group, QPalette::Window)
                                  : standard.color(group, QPalette::Base));
        palette.setColor(group, QPalette::AlternateBase,
                         readOnly ? standard.color(group, QPalette::Window)
                                  : standard.color(group, QPalette::AlternateBase));
    }
    field->setPalette(palette);
}

} // namespace casedesk
