#include "SimulatorHost.h"

#include "SimServer.h"

#include <QThread>

SimulatorHost::SimulatorHost(const SimConfig &config, QObject *parent) : QObject(parent), m_config(config) { }

SimulatorHost::~SimulatorHost()
{
    stop();
}

bool SimulatorHost::start(quint16 port)
{
    if (m_thread)
        return m_port != 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("rankdesk-sim"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread); // calls queued to the anchor run in the simulator's thread
    m_thread->start();
    QMetaObject::invokeMethod(
        m_anchor, [this, port] {
            // Created inside the thread so its sockets live there.
            m_server = new SimServer(m_config);
            m_port = m_server->listenOnLoopback(port);
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void SimulatorHost::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_anchor, [this] {
            delete m_server;
            m_server = nullptr;
            delete m_anchor;
            m_anchor = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

QUrl SimulatorHost::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}
