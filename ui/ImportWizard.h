#pragma once

#include "exchange/CsvImport.h"
#include "exchange/ImportValidator.h"

#include <QWizard>

class ImportChecker;
class ImportChecksModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

// What the wizard checks rows against: the live roster and the profile's guard rails.
struct ImportContext
{
    ImportChecker *checker = nullptr; // looks up members the roster does not know (and caches them)
    QList<Role> roles;
    QList<Member> members;
    GuardRails guardRails;
};

// File → Import CSV…: read (encoding, delimiter, header), map columns (remembered per file
// layout), check every row against the live roster, then a dry run (export the plan) or apply the
// valid rows through the bulk job engine. The caller stores and runs the batch (batchItems()).
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { ReadPageId, MapPageId, CheckPageId, ApplyPageId };

    ImportWizard(ImportContext context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);

    // After accept(): whether the user chose to apply, and what.
    bool applyChosen() const;
    bool applyAnyway() const;
    QList<BatchItem> batchItems() const { return ImportValidator::batchItems(m_checks); }
    QString sourceFile() const;
    QString checksum() const { return m_file.checksum; }
    const QList<ImportCheck> &checks() const { return m_checks; }

private:
    friend class ImportReadPage;
    friend class ImportMapPage;
    friend class ImportCheckPage;
    friend class ImportApplyPage;

    std::optional<QChar> delimiter() const;

    ImportContext m_context;
    QString m_path;
    Result<ImportPreview> m_preview;
    ImportMapping m_mapping;
    ImportFile m_file;
    QList<ImportCheck> m_checks;
    class ImportReadPage *m_readPage;
    class ImportMapPage *m_mapPage;
    class ImportCheckPage *m_checkPage;
    class ImportApplyPage *m_applyPage;
};

class ImportReadPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReadPage(ImportWizard *wizard);
    bool isComplete() const override;
    void load();

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QLabel *m_format;
    QStandardItemModel *m_raw;
    QTableView *m_table;
};

class ImportMapPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMapPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillColumns();
    void mappingChanged();

    ImportWizard *m_wizard;
    QComboBox *m_user;
    QComboBox *m_target;
    QComboBox *m_reason;
    QCheckBox *m_header;
    QLabel *m_hint;
};

class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);
    ~ImportCheckPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startReading();
    void startChecking();
    void showFailure(const ApiError &error);
    void showSummary();
    void exportPlan();

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QLabel *m_status;
    QComboBox *m_filter;
    ImportChecksModel *m_model;
    QTableView *m_table;
    QPushButton *m_export;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    quint64 m_generation = 0;
    bool m_done = false;
};

class ImportApplyPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportApplyPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool applyChosen() const;
    bool applyAnyway() const;

    static constexpr int TypedConfirmationFrom = 25;

private:
    int readyCount() const;

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QRadioButton *m_dryRun;
    QRadioButton *m_apply;
    QLineEdit *m_confirm;
    QLabel *m_confirmLabel;
    QCheckBox *m_applyAnyway;
};
