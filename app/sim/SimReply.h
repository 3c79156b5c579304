#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One simulated HTTP answer: status, JSON body and extra headers.
struct SimReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(int status, const QJsonObject &object)
    {
        return SimReply{status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    SimReply &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};
