#include "ImportWizard.h"

#include "api/Async.h"

#include "TableViews.h"

#include "exchange/ImportChecker.h"
#include "exchange/ImportExport.h"
#include "itemmodels/ImportChecksModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {


QString mappingKey(const QString &layoutKey)
{
    return QStringLiteral("import/layouts/%1").arg(layoutKey);
}

} // namespace

// ---------------------------------------------------------------------------------------------
ImportWizard::ImportWizard(ImportContext context, QWidget *parent)
    : QWizard(parent), m_context(std::move(context)),
      m_preview(ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.csv-none"), tr("Choose a file.")))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import rank changes from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_readPage = new ImportReadPage(this);
    m_mapPage = new ImportMapPage(this);
    m_checkPage = new ImportCheckPage(this);
    m_applyPage = new ImportApplyPage(this);
    setPage(ReadPageId, m_readPage);
    setPage(MapPageId, m_mapPage);
    setPage(CheckPageId, m_checkPage);
    setPage(ApplyPageId, m_applyPage);
    resize(880, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    m_path = path;
    if (auto *edit = findChild<QLineEdit *>(QStringLiteral("importFile")))
        edit->setText(path); // loads through the page
}

std::optional<QChar> ImportWizard::delimiter() const
{
    const auto *combo = findChild<QComboBox *>(QStringLiteral("importDelimiter"));
    const QString value = combo ? combo->currentData().toString() : QString();
    return value.isEmpty() ? std::nullopt : std::optional<QChar>(value.front());
}

bool ImportWizard::applyChosen() const
{
    return m_applyPage->applyChosen();
}

bool ImportWizard::applyAnyway() const
{
    return m_applyPage->applyAnyway();
}

QString ImportWizard::sourceFile() const
{
    return QFileInfo(m_path).fileName();
}

// ---------------------------------------------------------------------------------------------
ImportReadPage::ImportReadPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Read the file"));
    setSubTitle(tr("A CSV or text export from Excel, LibreOffice or Google Sheets. Encoding and delimiter are detected."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detected"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe"), QStringLiteral("|"));
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setWordWrap(true);
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw = new QStandardItemModel(this);
    m_table = makeTableView(this, QStringLiteral("importRawPreview"));
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setModel(m_raw);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_format);
    layout->addWidget(m_table, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), m_path->text(),
                                                          tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &ImportReadPage::load);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportReadPage::load);
}

void ImportReadPage::load()
{
    m_wizard->m_path = m_path->text().trimmed();
    m_raw->clear();
    m_wizard->m_preview = m_wizard->m_path.isEmpty()
        ? Result<ImportPreview>(ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.csv-none"), tr("Choose a file.")))
        : CsvImport::previewFile(m_wizard->m_path, m_wizard->delimiter());
    const Result<ImportPreview> &preview = m_wizard->m_preview;
    if (!preview) {
        m_format->setText(preview.error().message);
        emit completeChanged();
        return;
    }
    const ImportPreview &p = preview.value();
    m_format->setText(tr("%1 · %2-separated · %n column(s) · first %3 rows shown", nullptr, p.columnCount)
                          .arg(CsvTextDecoder::encodingName(p.format.encoding), CsvImport::describeDelimiter(p.format.delimiter))
                          .arg(p.records.size()));
    m_raw->setColumnCount(p.columnCount);
    QStringList lineLabels;
    for (const CsvRecord &record : p.records) {
        QList<QStandardItem *> row;
        if (!record.error.isEmpty()) {
            row.append(new QStandardItem(record.error));
        } else {
            for (const QString &cell : record.cells)
                row.append(new QStandardItem(cell));
        }
        m_raw->appendRow(row);
        lineLabels << QString::number(record.line);
    }
    m_raw->setVerticalHeaderLabels(lineLabels);
    m_table->verticalHeader()->show();
    emit completeChanged();
}

bool ImportReadPage::isComplete() const
{
    return bool(m_wizard->m_preview);
}

// ---------------------------------------------------------------------------------------------
ImportMapPage::ImportMapPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Which column holds the member (user id, username or profile URL), which the target (rank, role name, "
                   "role id, promote, demote, +N or -N), and which an optional reason."));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("importUserColumn"));
    m_user->setAccessibleName(tr("Member column"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTargetColumn"));
    m_target->setAccessibleName(tr("Target column"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("importReasonColumn"));
    m_reason->setAccessibleName(tr("Reason column"));
    m_header = new QCheckBox(tr("The first row is a &header"), this);
    m_header->setObjectName(QStringLiteral("importHasHeader"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("importMappingHint"));
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Member:"), m_user);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_header);
    form->addRow(m_hint);
    for (QComboBox *combo : {m_user, m_target, m_reason})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMapPage::mappingChanged);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        fillColumns();
        mappingChanged();
    });
}

void ImportMapPage::fillColumns()
{
    const ImportPreview &p = m_wizard->m_preview.value();
    const bool header = m_header->isChecked();
    // "2: Rank (e.g. Sergeant)": the header and a sample value, so the choice is obvious.
    const QStringList first = p.records.isEmpty() ? QStringList() : p.records.first().cells;
    QStringList sample;
    for (const CsvRecord &record : p.records.mid(header ? 1 : 0)) {
        if (record.error.isEmpty()) {
            sample = record.cells;
            break;
        }
    }
    for (QComboBox *combo : {m_user, m_target, m_reason}) {
        const QSignalBlocker blocker(combo);
        const int previous = combo->currentData().isValid() ? combo->currentData().toInt() : -2;
        combo->clear();
        if (combo == m_reason)
            combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < p.columnCount; ++column) {
            const QString name = header ? first.value(column) : tr("Column %1").arg(column + 1);
            const QString example = sample.value(column).left(30);
            combo->addItem(example.isEmpty() ? tr("%1: %2").arg(column + 1).arg(name)
                                             : tr("%1: %2 (e.g. %3)").arg(column + 1).arg(name, example),
                           column);
        }
        if (previous > -2)
            combo->setCurrentIndex(std::max(0, combo->findData(previous)));
    }
}

void ImportMapPage::initializePage()
{
    const ImportPreview &p = m_wizard->m_preview.value();
    ImportMapping mapping = p.mapping;
    // A layout seen before gets the mapping the user chose for it then.
    if (const auto remembered = ImportMapping::fromString(QSettings().value(mappingKey(p.layoutKey)).toString()))
        mapping = *remembered;
    {
        const QSignalBlocker blocker(m_header);
        m_header->setChecked(mapping.hasHeader);
    }
    for (QComboBox *combo : {m_user, m_target, m_reason})
        combo->clear();
    fillColumns();
    const QSignalBlocker b1(m_user), b2(m_target), b3(m_reason);
    m_user->setCurrentIndex(std::max(0, m_user->findData(mapping.userColumn)));
    m_target->setCurrentIndex(std::max(0, m_target->findData(mapping.targetColumn)));
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(mapping.reasonColumn)));
    mappingChanged();
}

void ImportMapPage::mappingChanged()
{
    ImportMapping mapping;
    mapping.userColumn = m_user->currentData().isValid() ? m_user->currentData().toInt() : -1;
    mapping.targetColumn = m_target->currentData().isValid() ? m_target->currentData().toInt() : -1;
    mapping.reasonColumn = m_reason->currentData().isValid() ? m_reason->currentData().toInt() : -1;
    mapping.hasHeader = m_header->isChecked();
    if (mapping.reasonColumn == mapping.userColumn || mapping.reasonColumn == mapping.targetColumn)
        mapping.reasonColumn = -1;
    m_wizard->m_mapping = mapping;
    m_hint->setText(mapping.isComplete() ? QString() : tr("The member and the target must be two different columns."));
    emit completeChanged();
}

bool ImportMapPage::isComplete() const
{
    return m_wizard->m_mapping.isComplete();
}

bool ImportMapPage::validatePage()
{
    QSettings().setValue(mappingKey(m_wizard->m_preview.value().layoutKey), m_wizard->m_mapping.toString());
    return true;
}

// ---------------------------------------------------------------------------------------------
ImportCheckPage::ImportCheckPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check every row"));
    setSubTitle(tr("Each row against the live roster and your guard rails. Nothing has been changed."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("&Cancel reading"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("importRetry"));
    m_retry->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importSummary"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("importStatusFilter"));
    m_filter->setAccessibleName(tr("Show rows"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_model = new ImportChecksModel(this);
    m_table = makeTableView(this, QStringLiteral("importChecks"));
    m_table->setAccessibleName(tr("Checked rows"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(ImportChecksModel::LineColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ImportChecksModel::MemberColumn, 150);
    m_table->setColumnWidth(ImportChecksModel::CurrentColumn, 120);
    m_table->setColumnWidth(ImportChecksModel::TargetColumn, 120);
    m_table->setColumnWidth(ImportChecksModel::StatusColumn, 80);
    m_export = new QPushButton(tr("&Export plan…"), this);
    m_export->setObjectName(QStringLiteral("importExportPlan"));
    m_export->setEnabled(false);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_retry);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    connect(m_retry, &QPushButton::clicked, this, &ImportCheckPage::startReading);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_filter->currentData();
        m_model->setStatusFilter(status.isValid() ? std::optional(ImportCheck::Status(status.toInt())) : std::nullopt);
    });
    connect(m_export, &QPushButton::clicked, this, &ImportCheckPage::exportPlan);
}

ImportCheckPage::~ImportCheckPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ImportCheckPage::initializePage()
{
    startReading();
}

void ImportCheckPage::cleanupPage()
{
    // Back: stop reading; answers still on their way are ignored (generation).
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    ++m_generation;
    m_done = false;
}

void ImportCheckPage::startReading()
{
    const quint64 generation = ++m_generation;
    m_done = false;
    m_wizard->m_checks.clear();
    m_model->setChecks({});
    m_filter->clear();
    m_export->setEnabled(false);
    m_retry->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_wizard->m_path).fileName()));
    emit completeChanged();

    // Read on a worker thread (a big file must not freeze the window); progress and cancel
    // cross over through atomics.
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto progress = std::make_shared<std::atomic<int>>(0);
    const auto cancel = m_cancelFlag;
    const QString path = m_wizard->m_path;
    const std::optional<QChar> delimiter = m_wizard->delimiter();
    const ImportMapping mapping = m_wizard->m_mapping;
    auto *watcher = new QFutureWatcher<Result<ImportFile>>(this);
    auto *ticker = new QTimer(watcher);
    connect(ticker, &QTimer::timeout, this, [this, progress] { m_progress->setValue(progress->load()); });
    ticker->start(100);
    connect(watcher, &QFutureWatcher<Result<ImportFile>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Result<ImportFile> file = watcher->result();
        m_progress->setValue(1000);
        m_cancel->setEnabled(false);
        if (!file) {
            showFailure(file.error());
            return;
        }
        m_wizard->m_file = file.value();
        startChecking();
    });
    watcher->setFuture(QtConcurrent::run([path, delimiter, mapping, cancel, progress] {
        return CsvImport::readFile(path, delimiter, mapping, [cancel, progress](qint64 done, qint64 total) {
            progress->store(total > 0 ? int(done * 1000 / total) : 0);
            return !cancel->load();
        });
    }));
}

void ImportCheckPage::startChecking()
{
    const quint64 generation = m_generation;
    m_status->setText(tr("Checking %n row(s) against the roster…", nullptr, int(m_wizard->m_file.lines.size())));
    const ImportValidator validator(RankRules(m_wizard->m_context.roles), m_wizard->m_context.members, m_wizard->m_context.guardRails);
    // The wizard may be closed while the check runs.
    Async::whenReady(m_wizard->m_context.checker->check(validator, m_wizard->m_file.lines), this,
                     [this, generation](const Result<QList<ImportCheck>> &checked) {
        if (generation != m_generation)
            return;
        if (!checked) {
            showFailure(checked.error());
            return;
        }
        m_wizard->m_checks = checked.value();
        m_model->setChecks(m_wizard->m_checks);
        m_done = true;
        m_cancel->hide();
        m_progress->hide();
        showSummary();
        m_export->setEnabled(true);
        emit completeChanged();
    });
}

void ImportCheckPage::showFailure(const ApiError &error)
{
    m_status->setText(error.providerCode == u"rankdesk.cancelled" ? tr("Reading was cancelled. Nothing was checked or changed.")
                                                                   : tr("The rows could not be checked: %1").arg(error.userText()));
    m_cancel->hide();
    m_retry->show();
    emit completeChanged();
}

void ImportCheckPage::showSummary()
{
    const ImportSummary summary = ImportValidator::summarise(m_wizard->m_checks);
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All rows (%1)").arg(m_wizard->m_checks.size()));
    QStringList counts;
    for (ImportCheck::Status status : ImportCheck::AllStatuses) {
        m_filter->addItem(tr("%1 (%2)").arg(ImportCheck::statusText(status)).arg(summary.count(status)), int(status));
        counts << tr("%1: %2").arg(ImportCheck::statusText(status)).arg(summary.count(status));
    }
    QStringList targets;
    const RankRules rules(m_wizard->m_context.roles);
    for (auto it = summary.readyPerTargetRank.cbegin(); it != summary.readyPerTargetRank.cend(); ++it) {
        const Result<Role> role = rules.resolve(QString::number(it.key()));
        targets << tr("%1 → %2").arg(it.value()).arg(role ? role.value().name : QString::number(it.key()));
    }
    QString text = counts.join(QStringLiteral(" · "));
    if (!targets.isEmpty())
        text += u'\n' + tr("Changes per target role: %1").arg(targets.join(QStringLiteral(", ")));
    if (m_wizard->m_file.fallbackLines > 0)
        text += u'\n' + tr("%n line(s) were not valid UTF-8 and were read as Windows-1252.", nullptr, int(m_wizard->m_file.fallbackLines));
    m_status->setText(text);
    // Problems first: a file with errors opens on them.
    const int refused = summary.count(ImportCheck::Status::Invalid) + summary.count(ImportCheck::Status::Conflict);
    if (refused > 0 && summary.count(ImportCheck::Status::Invalid) > 0) {
        m_filter->setCurrentIndex(m_filter->findData(int(ImportCheck::Status::Invalid)));
        m_model->setStatusFilter(ImportCheck::Status::Invalid);
    } else {
        m_model->setStatusFilter(std::nullopt);
    }
}

void ImportCheckPage::exportPlan()
{
    const QString suggested = QFileInfo(m_wizard->m_path).completeBaseName() + tr("-plan.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), suggested, tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const auto written = ImportExport::writePlan(m_wizard->m_checks, m_wizard->sourceFile(), m_wizard->checksum(), path); !written)
        m_status->setText(written.error().message);
    else
        m_status->setText(m_status->text() + u'\n' + tr("Plan written to %1.").arg(path));
}

bool ImportCheckPage::isComplete() const
{
    return m_done;
}

// ---------------------------------------------------------------------------------------------
ImportApplyPage::ImportApplyPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Dry run or apply"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importApplySummary"));
    m_summary->setWordWrap(true);
    m_dryRun = new QRadioButton(tr("&Dry run: change nothing (the plan can be exported on the previous page)"), this);
    m_dryRun->setObjectName(QStringLiteral("importDryRun"));
    m_dryRun->setChecked(true);
    m_apply = new QRadioButton(this);
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_applyAnyway = new QCheckBox(tr("Write even where a member's role changed since this check"), this);
    m_applyAnyway->setObjectName(QStringLiteral("importApplyAnyway"));
    m_confirmLabel = new QLabel(this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("importConfirm"));
    m_confirm->setAccessibleName(tr("Type the number of changes to confirm"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_dryRun);
    layout->addWidget(m_apply);
    layout->addWidget(m_applyAnyway);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addStretch(1);
    const auto update = [this] {
        const bool typed = m_apply->isChecked() && readyCount() >= TypedConfirmationFrom;
        m_confirm->setVisible(typed);
        m_confirmLabel->setVisible(typed);
        m_applyAnyway->setEnabled(m_apply->isChecked());
        setButtonText(QWizard::FinishButton, m_apply->isChecked() ? tr("&Apply") : tr("&Finish"));
        emit completeChanged();
    };
    connect(m_apply, &QRadioButton::toggled, this, update);
    connect(m_confirm, &QLineEdit::textChanged, this, update);
}

int ImportApplyPage::readyCount() const
{
    return ImportValidator::summarise(m_wizard->m_checks).count(ImportCheck::Status::Ready);
}

void ImportApplyPage::initializePage()
{
    const int ready = readyCount();
    const int left = int(m_wizard->m_checks.size()) - ready;
    m_summary->setText(tr("%n change(s) can be applied as one stored, resumable batch; ", nullptr, ready)
                       + tr("%n row(s) are left out (invalid, conflicting, duplicate or already there).", nullptr, left));
    m_apply->setText(tr("&Apply %n change(s) now", nullptr, ready));
    m_apply->setEnabled(ready > 0);
    m_dryRun->setChecked(true);
    m_confirm->clear();
    m_confirmLabel->setText(tr("Type %1 to confirm:").arg(ready));
    m_confirm->hide();
    m_confirmLabel->hide();
    m_applyAnyway->setEnabled(false);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
}

bool ImportApplyPage::isComplete() const
{
    if (!m_apply->isChecked())
        return true;
    const int ready = readyCount();
    return ready > 0 && (ready < TypedConfirmationFrom || m_confirm->text().trimmed() == QString::number(ready));
}

bool ImportApplyPage::applyChosen() const
{
    return m_apply->isChecked() && readyCount() > 0;
}

bool ImportApplyPage::applyAnyway() const
{
    return m_applyAnyway->isChecked();
}
