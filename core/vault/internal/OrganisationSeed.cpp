#include "vault/internal/OrganisationSeed.h"

namespace daicho::OrganisationSeed {

namespace {

Result<DepartmentId> add(Database& db, const QString& name, std::optional<DepartmentId> parent, int order)
{
    DAICHO_TRY(db.run(QStringLiteral("INSERT INTO departments (parent_id, name, sort_order) VALUES (?, ?, ?)"), parent,
                      name, order));
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace

Result<Seeded> insertCentreDepartments(Database& db)
{
    struct Department {
        QString name;
        QStringList sections;
    };
    const QList<Department> centre = {
        {QStringLiteral("総務部"), {QStringLiteral("総務課")}},
        {QStringLiteral("事業部"),
         {QStringLiteral("健診管理課"), QStringLiteral("センター健診課"), QStringLiteral("人間ドック健診課")}},
        {QStringLiteral("事務部"), {QStringLiteral("健診課")}},
    };
    Seeded seeded;
    int order = 0;
    for (const Department& department : centre) {
        auto parent = add(db, department.name, std::nullopt, order++);
        if (!parent)
            return parent.error();
        seeded.all << parent.value();
        for (const QString& section : department.sections) {
            auto id = add(db, section, parent.value(), order++);
            if (!id)
                return id.error();
            seeded.all << id.value();
        }
    }
    seeded.generalAffairs = seeded.all[0];
    seeded.business = seeded.all[2];
    seeded.administration = seeded.all[6];
    return seeded;
}

} // namespace daicho::OrganisationSeed
