#pragma once

// The set-up of a test against the real platform: a casedesk-platform process and fresh desks.

#include "PlatformHarness.h"
#include "TempDesk.h"

#include <array>
#include <tuple>
#include <type_traits>

namespace casedesk::test {

// A platform process and `DeskCount` fresh desks that sync against it, made for one test. Take the
// parts by name: `auto& [server, desk] = setup;` or `auto& [server, a, b] = setup;`.
template<int DeskCount>
class PlatformWithDesks
{
public:
    // Starts the platform with `serverArguments` (faults, limits); false when it did not start or
    // a desk could not be made, and error() says why.
    bool start(const QStringList& serverArguments = {});
    QString error() const { return m_error; }

    template<std::size_t I>
    auto& get()
    {
        if constexpr (I == 0)
            return m_server;
        else
            return m_desks[I - 1];
    }

private:
    PlatformProcess m_server;
    std::array<TempDesk, DeskCount> m_desks;
    QString m_error;
};
using PlatformWithDesk = PlatformWithDesks<1>;
using PlatformWithTwoDesks = PlatformWithDesks<2>;

} // namespace casedesk::test

// What lets `auto& [server, a, b] = setup;` name the parts of a PlatformWithDesks.
template<int DeskCount>
struct std::tuple_size<casedesk::test::PlatformWithDesks<DeskCount>>
    : std::integral_constant<std::size_t, DeskCount + 1>
{
};
template<std::size_t I, int DeskCount>
struct std::tuple_element<I, casedesk::test::PlatformWithDesks<DeskCount>>
{
    using type = std::conditional_t<I == 0, casedesk::test::PlatformProcess, casedesk::test::TempDesk>;
};
