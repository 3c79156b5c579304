#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A key the simulator accepts, as given at start (`--key`), with its owner's rank in the group.
struct SimKey
{
    QString secret;
    int ownerRank = 255; // the key owner is a member holding this rank (255 = group owner)
    bool canRead = true;
    bool canWrite = true;
    bool expired = false;
    bool canReadAuditLog = true; // legacy-group:manage

    // "SECRET[:scopes[:ownerRank[:expired]]]", scopes "read,write" / "read" / "write" / "none",
    // with ",audit" for legacy-group:manage (a key given without scopes has them all).
    static SimKey parse(const QString &text, QString *error);
    // Several specs in one string (--key-env): separated by whitespace or ';'. A comma separates
    // specs too (the old form, "k1,k2"), except inside SCOPES, so "mykey:read,write:255" is one
    // read+write key: a comma-separated piece that starts with a scope word (read, write, none,
    // audit) continues the previous spec while that spec is still in its SCOPES part.
    static QStringList splitList(const QString &text);
    static QList<SimKey> parseList(const QString &text, QString *error);
    // The specs in an environment variable (keeps secrets out of ps): what --key-env reads.
    static QList<SimKey> fromEnvironment(const QString &variable, QString *error);
};

// A key of a hosted ranking service: "hyra", "series" (plan premium|free) or "wesk"
// (plan starter|pro|max). A Hyra key belongs to a workspace (its third part).
struct HostedKey
{
    QString service;
    QString secret;
    QString plan;

    static QString defaultHyraWorkspace() { return QStringLiteral("sim-workspace"); }
    QString workspace() const { return plan.isEmpty() ? defaultHyraWorkspace() : plan; }

    // "SERVICE:SECRET[:PLAN]"; for Hyra, "hyra:SECRET[:WORKSPACE]"
    static HostedKey parse(const QString &text, QString *error);
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
    // Share of rank-changing requests that are handled (the change lands) and then dropped
    // unanswered: the client cannot tell whether its write happened.
    double lostReplyRate = 0.0;
    QList<SimKey> keys;
    QList<HostedKey> hostedKeys;
    // Series.hr workspace: the ranks configured as its ladder, and its Max Promotion Rank.
    QList<int> seriesLadder = {1, 5, 20, 30, 40, 60, 80, 100, 150};
    int seriesMaxPromotionRank = 100;
    // WESK's quota period ("a month"); shorter in tests so a reset can be seen.
    qint64 weskPeriodSeconds = 30LL * 24 * 3600;
};
