// The deadline rules (resources/procedures/rules.json) through DeadlineRules::parse, the check
// that stands between the file and every deadline the desk computes: whatever it accepts must
// compute. So each accepted rule computes a deadline, with its explanation, from a start date and
// a region drawn from a hash of the input: the whole input stays the rules file, so the real
// rules.json is a seed as it is, and each mutation of it starts on another day.

#include "FuzzSupport.h"

#include "procedures/DeadlineCalculator.h"
#include "procedures/DeadlineRules.h"

using namespace casedesk;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    DeadlineRules rules;
    QString error;
    if (!DeadlineRules::parse(fuzz::bytes(data, size), &rules, &error))
        return 0;
    // FNV-1a: any day from 1900 to about 2600, the calendar's holidays (Easter...) over a wide range.
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 16777619u;
    const QDate start = QDate(1900, 1, 1).addDays(qint64(hash % 255000));
    const HolidayRegion region = (hash >> 31) ? HolidayRegion::AlsaceMoselle : HolidayRegion::Metropole;
    for (const DeadlineRule& rule : rules.all()) {
        const ComputedDeadline deadline = DeadlineCalculator::compute(rule, start, region);
        if (!deadline.isValid())
            abort(); // a rule parse() accepted must give a deadline from a valid start
        deadline.explanation();
        rules.find(rule.id);
    }
    return 0;
}
