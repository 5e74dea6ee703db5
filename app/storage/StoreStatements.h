#pragma once

// What Store.cpp, StoreMarks.cpp and StoreSearch.cpp share and nobody else sees: the store's prepared
// statements (one each, prepared at first use) and its logging category.

#include "Store.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace tidings {

struct Store::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : findSite(db)
        , insertSite(db)
        , findFeed(db)
        , insertFeed(db)
        , updateFeed(db)
        , articleByKey(db)
        , articleByCommentFeed(db)
        , articleByLink(db)
        , articleByGuid(db)
        , findComment(db)
        , insertComment(db)
        , updateComment(db)
        , linkParents(db)
        , findProduct(db)
        , insertProduct(db)
        , updateProduct(db)
        , upsertVariant(db)
        , setRead(db)
        , setStarred(db)
        , markRead(db)
        , markUnread(db)
        , countUnread(db)
        , unreadDate(db)
        , search(db)
        , searchBound(db)
    { }
    QSqlQuery findSite, insertSite, findFeed, insertFeed, updateFeed, articleByKey, articleByCommentFeed, articleByLink,
            articleByGuid, findComment, insertComment, updateComment, linkParents, findProduct, insertProduct,
            updateProduct, upsertVariant, setRead, setStarred, markRead, markUnread, countUnread, unreadDate, search,
            searchBound;
};

} // namespace tidings
