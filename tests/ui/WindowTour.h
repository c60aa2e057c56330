#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <functional>

namespace casedesk {

class MainWindow;

// The states a new user reaches on the demo desk, area by area: each tab, each panel that
// appears later (a refusal, an error beside a field, a preview, a keychain failure). A step
// brings the window there from wherever the previous one left it, so the tour is the same
// sequence of clicks every time, before and after a change to the window.
class WindowTour
{
public:
    // A laptop screen of 800 pixels, less a desktop's panel and the window's title bar.
    static constexpr int kMaxHeight = 740;

    struct Step
    {
        QString name;
        std::function<void()> enter;
    };

    // `scratch`: a folder for the files the tour attaches; `shots`: where each state is saved
    // as PNG at 1280 x 800, or empty.
    WindowTour(MainWindow& window, const QString& scratch, const QString& shots);

    QList<Step> steps();
    // Enters the step, lets the layouts settle and returns the window's minimum size.
    QSize enter(const Step& step);
    // The widgets behind a wide window: the innermost ones whose own minimum width is above
    // `width` (the first suspects when a state no longer fits).
    QString widestWidgets(int width) const;

private:
    void showArea(int index);
    void showEditorTab(int index);
    void selectCampaign(const QString& titleStart);
    void attachSamplePieces();

    MainWindow& m_window;
    QString m_scratch;
    QString m_shots;
    int m_count = 0;
};

} // namespace casedesk
