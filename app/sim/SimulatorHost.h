#pragma once

#include "SimConfig.h"

#include <QObject>
#include <QUrl>

class QThread;
class SimServer;

// Runs a SimServer in a thread of its own, so the desktop app (Sandbox profile) and tests can use
// the simulator in-process without its work or injected latency blocking their event loop.
//
// Usage:
//   SimulatorHost sim(config);
//   if (!sim.start()) ...;            // port 0: a free loopback port is chosen
//   profile.setAllBaseUrls(sim.baseUrl());
class SimulatorHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorHost)

public:
    explicit SimulatorHost(const SimConfig &config, QObject *parent = nullptr);
    ~SimulatorHost() override;

    bool start(quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

private:
    SimConfig m_config;
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr; // lives in m_thread
    SimServer *m_server = nullptr;
    quint16 m_port = 0;
};
