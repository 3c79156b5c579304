// rankdesk-sim: the provider simulator as a program of its own (sandbox, tests, conformance runs).
#include "SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rankdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates Roblox Open Cloud v2 and the anonymous group/user endpoints on 127.0.0.1.\n"
        "Keys: SECRET[:SCOPES[:OWNER_RANK[:expired]]], SCOPES one of read,write | read | write | none."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Group size, 10 to 1000000."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("Group id."), QStringLiteral("id"), QStringLiteral("5402173"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated group."), QStringLiteral("n"), QStringLiteral("20261123"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("An accepted API key (repeatable)."), QStringLiteral("spec"));
    const QCommandLineOption keyEnvOption(QStringLiteral("key-env"), QStringLiteral("Read an accepted key spec from this environment variable (keeps it out of ps)."), QStringLiteral("name"));
    const QCommandLineOption hostedOption(QStringLiteral("hosted-key"), QStringLiteral("A hosted-service key SERVICE:SECRET[:PLAN] (repeatable): hyra, series (premium|free), wesk (starter|pro|max)."), QStringLiteral("spec"));
    const QCommandLineOption hostedEnvOption(QStringLiteral("hosted-key-env"), QStringLiteral("Read comma-separated hosted-key specs from this environment variable."), QStringLiteral("name"));
    const QCommandLineOption weskPeriodOption(QStringLiteral("wesk-period-seconds"), QStringLiteral("Length of WESK's monthly quota period."), QStringLiteral("s"), QStringLiteral("2592000"));
    const QCommandLineOption rateOption(QStringLiteral("rate-scale"), QStringLiteral("Multiply documented rate limits (0 = off)."), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay before each answer."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorOption(QStringLiteral("error-rate"), QStringLiteral("Share of requests answered 5xx."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop-rate"), QStringLiteral("Share of connections dropped."), QStringLiteral("p"), QStringLiteral("0"));
    parser.addOptions({portOption, membersOption, groupOption, seedOption, keyOption, keyEnvOption, hostedOption,
                       hostedEnvOption, weskPeriodOption, rateOption,
                       latencyOption, errorOption, dropOption});
    parser.process(app);

    QTextStream err(stderr);
    SimConfig config;
    config.members = parser.value(membersOption).toInt();
    config.groupId = parser.value(groupOption).toLongLong();
    config.seed = parser.value(seedOption).toUInt();
    config.rateScale = parser.value(rateOption).toDouble();
    config.latencyMs = parser.value(latencyOption).toInt();
    config.errorRate = parser.value(errorOption).toDouble();
    config.dropRate = parser.value(dropOption).toDouble();
    QStringList keySpecs = parser.values(keyOption);
    for (const QString &name : parser.values(keyEnvOption))
        keySpecs += qEnvironmentVariable(name.toLocal8Bit().constData()).split(u',', Qt::SkipEmptyParts);
    for (const QString &spec : keySpecs) {
        QString error;
        config.keys.append(SimKey::parse(spec, &error));
        if (!error.isEmpty()) {
            err << "rankdesk-sim: bad --key: " << error << Qt::endl;
            return 2;
        }
    }
    QStringList hostedSpecs = parser.values(hostedOption);
    for (const QString &name : parser.values(hostedEnvOption))
        hostedSpecs += qEnvironmentVariable(name.toLocal8Bit().constData()).split(u',', Qt::SkipEmptyParts);
    for (const QString &spec : hostedSpecs) {
        QString error;
        config.hostedKeys.append(HostedKey::parse(spec, &error));
        if (!error.isEmpty()) {
            err << "rankdesk-sim: bad --hosted-key: " << error << Qt::endl;
            return 2;
        }
    }
    config.weskPeriodSeconds = parser.value(weskPeriodOption).toLongLong();
    if (config.members < 10 || config.members > 1'000'000) {
        err << "rankdesk-sim: --members must be between 10 and 1000000" << Qt::endl;
        return 2;
    }

    SimServer server(config);
    const quint16 port = server.listenOnLoopback(quint16(parser.value(portOption).toUInt()));
    if (port == 0) {
        err << "rankdesk-sim: cannot listen on 127.0.0.1:" << parser.value(portOption) << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    // Scripts read the first line to learn the port.
    out << "rankdesk-sim listening on http://127.0.0.1:" << port << " group " << config.groupId << " members "
        << server.group().members().size() << Qt::endl;
    return app.exec();
}
