#pragma once

#include <QList>
#include <QString>

// A key the simulator accepts, as given at start (`--key`), with its owner's rank in the group.
struct SimKey
{
    QString secret;
    int ownerRank = 255; // the key owner is a member holding this rank (255 = group owner)
    bool canRead = true;
    bool canWrite = true;
    bool expired = false;

    // "SECRET[:scopes[:ownerRank[:expired]]]", scopes "read,write" / "read" / "write" / "none".
    static SimKey parse(const QString &text, QString *error);
};

struct SimConfig
{
    qint64 groupId = 5402173;
    QString groupName = QStringLiteral("Rankdesk Sandbox Regiment");
    int members = 3000;
    quint32 seed = 20261123;
    double rateScale = 1.0; // multiplies every documented per-minute limit; 0 switches limits off
    int latencyMs = 0;
    double errorRate = 0.0; // share of API requests answered with a 5xx
    double dropRate = 0.0;  // share of API requests whose connection is dropped unanswered
    QList<SimKey> keys;
};
