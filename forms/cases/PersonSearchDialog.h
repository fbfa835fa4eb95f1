#pragma once

#include "cases/PersonRecords.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace daicho {

class JapaneseDateWidget;
class MessageBanner;
class Session;

// 「本人の記録を探す」 (issue 12 §10): everything recorded about one person — the records of
// provision and receipt naming them (様式6-x・7-x) and their requests — found by the name or
// its reading as typed, narrowed by the date of birth; printed (or saved as a PDF) as the
// disclosure of the records of provision (法33条5項). Each print is recorded in the trail.
class PersonSearchDialog : public QDialog
{
    Q_OBJECT
public:
    using SessionAccess = std::function<Session*()>;
    PersonSearchDialog(SessionAccess session, QWidget* parent);
    // Starts with a request's individual filled in and searched.
    void searchFor(const PersonQuery& query);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* kanaEdit() const { return m_kana; }
    QPushButton* searchButton() const { return m_search; }
    QTableWidget* resultTable() const { return m_results; }
    MessageBanner* message() const { return m_message; }
    bool saveAsPdf(const QString& fileName);

private:
    PersonQuery query() const;
    void search();
    void print();
    void savePdf();

    SessionAccess m_session;
    QLineEdit* m_name;
    QLineEdit* m_kana;
    JapaneseDateWidget* m_birth;
    QPushButton* m_search;
    MessageBanner* m_message;
    QTableWidget* m_results;
    QPushButton* m_print;
    QPushButton* m_pdf;
    std::optional<PersonRecords> m_found;
    PersonQuery m_searched;
};

} // namespace daicho
