#pragma once

#include <QNetworkInformation>
#include <QObject>

namespace tidings {

// Calls setOnline(bool) now and whenever the platform's reachability changes, where the platform can
// tell (NetworkManager on Linux); elsewhere nothing is called and the caller stays as it assumes
// (online). Unknown counts as online: a closed door is found out soon enough by trying it.
template<typename SetOnline>
void followReachability(QObject *receiver, SetOnline setOnline)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    auto *info = QNetworkInformation::instance();
    auto apply = [setOnline](QNetworkInformation::Reachability r) {
        setOnline(r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Unknown);
    };
    apply(info->reachability());
    QObject::connect(info, &QNetworkInformation::reachabilityChanged, receiver, apply);
}

} // namespace tidings
