#pragma once

#include "domain/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// Connects to a real group (or any simulator): group id, reader, base URL(s) and the API key, which
// is held in memory for this session only.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // With a network access manager the dialog offers Test connection.
    explicit ConnectDialog(QWidget *parent = nullptr, class QNetworkAccessManager *nam = nullptr);
    ConnectionProfile profile() const;
    QString apiKey() const;
    QString writerKey() const;
    // "Promote: native / composed …" for a writer, as the dialog shows it.
    static QString describeCapabilities(ConnectionProfile::WriterKind kind, bool composeDemote);

private:
    void validate();
    void testConnection();
    void writerChanged();

    QLineEdit *m_group;
    QComboBox *m_reader;
    QLineEdit *m_cloudUrl;
    QLineEdit *m_groupsUrl;
    QLineEdit *m_usersUrl;
    QLineEdit *m_key;
    QComboBox *m_writer;
    QLineEdit *m_writerUrl;
    QLineEdit *m_writerKey;
    class QCheckBox *m_composeDemote;
    class QLabel *m_capabilities;
    class QPushButton *m_ok = nullptr;
    class QLabel *m_problem;
    class QNetworkAccessManager *m_nam;
    class QPushButton *m_test = nullptr;
    class QLabel *m_checks = nullptr;
    class Connection *m_checked = nullptr; // the connection the last test used
};
