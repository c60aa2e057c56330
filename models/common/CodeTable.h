#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace casedesk::CodeTable {

// Stable text codes for enums (database, JSON, command line), from one table per enum:
//   constexpr std::array<std::pair<Cause, const char*>, 4> kCauses = {{{Cause::Health, "health"}, ...}};

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& code)
{
    for (const auto& [candidate, candidateCode] : table) {
        if (code == QLatin1String(candidateCode))
            return candidate;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<std::pair<Enum, const char*>, N>& table)
{
    QList<Enum> values;
    for (const auto& entry : table)
        values.append(entry.first);
    return values;
}

} // namespace casedesk::CodeTable
