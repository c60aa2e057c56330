#pragma once

#include <QCoreApplication>
#include <QVariant>

#include <cstddef>
#include <span>

namespace casedesk {

// A table model's column titles in column order, each marked
// QT_TRANSLATE_NOOP("casedesk::<Model>", "Title") so that lupdate files it under the model's own
// context, where tr() would, and translated when a view asks for its header.
class ColumnTitles
{
public:
    template<std::size_t N>
    constexpr ColumnTitles(const char* context, const char* const (&titles)[N])
        : m_context(context)
        , m_titles(titles)
    {
    }

    int count() const { return int(m_titles.size()); }
    // The translated title of `section`; null out of range.
    QVariant title(int section) const
    {
        if (section < 0 || section >= count())
            return {};
        return QCoreApplication::translate(m_context, m_titles[std::size_t(section)]);
    }

private:
    const char* m_context;
    std::span<const char* const> m_titles;
};

} // namespace casedesk
