// rankdesk-sim: the provider simulator as a program of its own (sandbox, tests, conformance runs).
#include "SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rankdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates Roblox Open Cloud v2 and the anonymous group/user endpoints on 127.0.0.1.\n"
        "Keys: SECRET[:SCOPES[:OWNER_RANK[:expired]]], SCOPES one of read,write | read | write | none.\n"
        "--key-env: several specs separated by spaces or ';', e.g. \"k1:read,write:255 k2:read\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Group size, 10 to 1000000."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("Group id."), QStringLiteral("id"), QStringLiteral("5402173"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated group."), QStringLiteral("n"), QStringLiteral("20261123"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("An accepted API key (repeatable)."), QStringLiteral("spec"));
    const QCommandLineOption keyEnvOption(QStringLiteral("key-env"), QStringLiteral("Read accepted key specs from this environment variable (keeps them out of ps); several specs are separated by spaces or ';'."), QStringLiteral("name"));
    const QCommandLineOption hostedOption(QStringLiteral("hosted-key"), QStringLiteral("A hosted-service key SERVICE:SECRET[:PLAN] (repeatable): hyra, series (premium|free), wesk (starter|pro|max)."), QStringLiteral("spec"));
    const QCommandLineOption hostedEnvOption(QStringLiteral("hosted-key-env"), QStringLiteral("Read hosted-key specs from this environment variable, separated by commas, spaces or ';'."), QStringLiteral("name"));
    const QCommandLineOption weskPeriodOption(QStringLiteral("wesk-period-seconds"), QStringLiteral("Length of WESK's monthly quota period."), QStringLiteral("s"), QStringLiteral("2592000"));
    const QCommandLineOption rateOption(QStringLiteral("rate-scale"), QStringLiteral("Multiply documented rate limits (0 = off)."), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay before each answer."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorOption(QStringLiteral("error-rate"), QStringLiteral("Share of requests answered 5xx."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop-rate"), QStringLiteral("Share of connections dropped."), QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption lostReplyOption(QStringLiteral("lost-reply-rate"), QStringLiteral("Share of rank changes applied, then dropped unanswered."), QStringLiteral("p"), QStringLiteral("0"));
    parser.addOptions({portOption, membersOption, groupOption, seedOption, keyOption, keyEnvOption, hostedOption,
                       hostedEnvOption, weskPeriodOption, rateOption,
                       latencyOption, errorOption, dropOption, lostReplyOption});
    parser.process(app);

    QTextStream err(stderr);
    SimConfig config;
    config.members = parser.value(membersOption).toInt();
    config.groupId = parser.value(groupOption).toLongLong();
    config.seed = parser.value(seedOption).toUInt();
    config.rateScale = parser.value(rateOption).toDouble();
    // A mistyped fault would otherwise read as 0 and the run would test nothing.
    const auto share = [&](const QCommandLineOption &option, double *to) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || !(value >= 0 && value <= 1)) {
            err << "rankdesk-sim: --" << option.names().first() << " must be a number from 0 to 1" << Qt::endl;
            return false;
        }
        *to = value;
        return true;
    };
    if (!share(errorOption, &config.errorRate) || !share(dropOption, &config.dropRate)
        || !share(lostReplyOption, &config.lostReplyRate))
        return 2;
    bool latencyOk = false;
    config.latencyMs = parser.value(latencyOption).toInt(&latencyOk);
    if (!latencyOk || config.latencyMs < 0 || config.latencyMs > 10'000) {
        err << "rankdesk-sim: --latency-ms must be a whole number from 0 to 10000" << Qt::endl;
        return 2;
    }
    for (const QString &spec : parser.values(keyOption)) {
        QString error;
        config.keys.append(SimKey::parse(spec, &error));
        if (!error.isEmpty()) {
            err << "rankdesk-sim: bad --key: " << error << Qt::endl;
            return 2;
        }
    }
    for (const QString &name : parser.values(keyEnvOption)) {
        QString error;
        config.keys += SimKey::fromEnvironment(name, &error);
        if (!error.isEmpty()) {
            err << "rankdesk-sim: bad --key-env " << name << ": " << error << Qt::endl;
            return 2;
        }
    }
    // Hosted specs have no commas of their own: commas, spaces and ';' all separate them (as --key-env).
    static const QRegularExpression hostedSeparators(QStringLiteral("[\\s;,]+"));
    QStringList hostedSpecs = parser.values(hostedOption);
    for (const QString &name : parser.values(hostedEnvOption))
        hostedSpecs += qEnvironmentVariable(name.toLocal8Bit().constData()).split(hostedSeparators, Qt::SkipEmptyParts);
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
