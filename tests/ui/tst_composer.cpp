#include "ArticleListModel.h"
#include "CommentsPanel.h"
#include "Composer.h"
#include "FakeWordPress.h"
#include "MainWindow.h"
#include "NewsPane.h"
#include "OutboxDialog.h"
#include "OutboxFixture.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "storage/Outbox.h"
#include "storage/StorageThread.h"
#include "sync/OutboxService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

// Writing comments in the window, on the bundled demo site (its comments are kept, never sent):
// stored before "saved" is said, drafts that survive the window, closed articles, the Outbox view.
class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"composer-%1.sqlite"_qs.arg(++m_counter));
        QSettings().clear();
    }

    void postingStoresTheCommentBeforeSayingSaved()
    {
        MainWindow window(m_path);
        open(window);
        const qint64 article = showArticleWithComments(window);
        CommentsPanel *panel = window.newsPane()->comments();
        Composer *composer = panel->composer();
        composer->open();
        QVERIFY(composer->isOpen());
        // Email is required: said in words, nothing stored.
        composer->nameField()->setText(u"Ada"_qs);
        composer->textField()->setPlainText(u"Which charger did you use?"_qs);
        QTest::mouseClick(composer->postButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->statusText(), u"Please give an email address such as name@example.com."_qs);
        QCOMPARE(waiting(window), 0);

        composer->emailField()->setText(u"ada@example.org"_qs);
        // When the composer says it is saved, the outbox already holds it.
        qint64 storedWhenSaid = -1;
        connect(composer, &Composer::posted, this, [&](qint64) { storedWhenSaid = waiting(window); });
        QSignalSpy posted(composer, &Composer::posted);
        QTest::mouseClick(composer->postButton(), Qt::LeftButton);
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(storedWhenSaid, 1);
        QCOMPARE(composer->statusText(), u"Saved; kept here: the demo site is not on the network."_qs);
        QVERIFY(composer->textField()->toPlainText().isEmpty());
        // At once in the thread, as the user's and pending.
        const qint64 outboxId = posted.first().first().toLongLong();
        QTRY_VERIFY(panel->model()->indexForKey(-outboxId).isValid());
        const QModelIndex mine = panel->model()->indexForKey(-outboxId);
        QVERIFY(mine.data(ThreadModel::MineRole).toBool());
        QVERIFY(mine.data(ThreadModel::PendingRole).toBool());
        QCOMPARE(mine.data(ThreadModel::OutboxStateRole).toInt(), int(OutboxItem::State::Queued));
        QCOMPARE(panel->view()->currentIndex(), mine);
        QCOMPARE(panel->model()->articleId(), article);
        // The status bar counts it; name and email are remembered.
        auto *counter = findButton(window, 1);
        QTRY_VERIFY(counter && counter->isVisible());
        QCOMPARE(QSettings().value(u"comments/email"_qs).toString(), u"ada@example.org"_qs);
    }

    void replyIsAddressedAndStoredUnderItsParent()
    {
        MainWindow window(m_path);
        open(window);
        showArticleWithComments(window);
        CommentsPanel *panel = window.newsPane()->comments();
        ThreadView *view = panel->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N);
        const QString author = view->currentIndex().data(ThreadModel::AuthorRole).toString();
        const qint64 parent = view->currentIndex().data(ThreadModel::CommentIdRole).toLongLong();
        QTest::keyClick(view, Qt::Key_R);
        Composer *composer = panel->composer();
        QVERIFY(composer->isOpen());
        QCOMPARE(composer->replyingTo(), author);
        composer->nameField()->setText(u"Ada"_qs);
        composer->emailField()->setText(u"ada@example.org"_qs);
        composer->textField()->setPlainText(u"Thanks, that helped."_qs);
        QSignalSpy posted(composer, &Composer::posted);
        composer->post();
        QTRY_COMPARE(posted.size(), 1);
        const qint64 id = posted.first().first().toLongLong();
        const auto item = reader(window)->run([id](Store &s) { return Outbox(s.database()).item(id); }).result();
        QVERIFY(item);
        QCOMPARE(item->parentCommentId, parent);
        QTRY_VERIFY(panel->model()->indexForKey(-id).isValid());
        QCOMPARE(panel->model()->indexForKey(-id).parent().data(ThreadModel::CommentIdRole).toLongLong(), parent);
    }

    void pendingCommentIsChangedFromTheThread()
    {
        MainWindow window(m_path);
        open(window);
        showArticleWithComments(window);
        CommentsPanel *panel = window.newsPane()->comments();
        Composer *composer = panel->composer();
        composer->open();
        composer->nameField()->setText(u"Ada"_qs);
        composer->emailField()->setText(u"ada@example.org"_qs);
        composer->textField()->setPlainText(u"Frist"_qs);
        QSignalSpy posted(composer, &Composer::posted);
        QTest::keyClick(composer->textField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(posted.size(), 1);
        const qint64 id = posted.first().first().toLongLong();
        QTRY_COMPARE(panel->view()->currentIndex().data(ThreadModel::OutboxIdRole).toLongLong(), id);
        // e on the comment opens it in the composer; Ctrl+Return saves the change.
        QTest::keyClick(panel->view(), Qt::Key_E);
        QTRY_COMPARE(composer->textField()->toPlainText(), u"Frist"_qs);
        QCOMPARE(composer->postButton()->text(), u"Save"_qs);
        composer->textField()->setPlainText(u"First"_qs);
        QSignalSpy edited(composer, &Composer::edited);
        QTest::keyClick(composer->textField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(edited.size(), 1);
        QCOMPARE(reader(window)->run([id](Store &s) { return Outbox(s.database()).item(id)->body; }).result(),
                 u"First"_qs);
        QTRY_VERIFY(panel->model()->indexForKey(-id).data(ThreadModel::BodyTextRole).toString() == u"First"_qs);
        QCOMPARE(composer->postButton()->text(), u"Post"_qs);
    }

    void draftComesBackInANewWindow()
    {
        qint64 article = -1;
        {
            MainWindow window(m_path);
            open(window);
            article = showArticleWithComments(window);
            Composer *composer = window.newsPane()->comments()->composer();
            typeDraft(window, article, u"Half a thought"_qs);
            QTest::keyClicks(composer->textField(), u" and more"_qs);
            // Closed before the next save was due: closing saves it.
        }
        MainWindow window(m_path);
        open(window);
        QSignalSpy restored(window.newsPane()->comments()->composer(), &Composer::draftRestored);
        window.newsPane()->showArticle(article);
        QTRY_VERIFY(!restored.isEmpty());
        Composer *composer = window.newsPane()->comments()->composer();
        QVERIFY(composer->isOpen());
        QCOMPARE(composer->textField()->toPlainText(), u"Half a thought and more"_qs);
    }

    void aDraftThatCannotBeSavedOnAFullDiskSaysSo()
    {
        qint64 article = -1;
        {
            MainWindow window(m_path);
            open(window);
            article = showArticleWithComments(window);
            Composer *composer = window.newsPane()->comments()->composer();
            typeDraft(window, article, u"Stored before the disk filled"_qs);

            // SQLite says SQLITE_FULL when the file may not grow: the same path a full disk takes.
            const auto limitGrowth = [&](bool full) {
                return writer(window)
                        ->run([full](Store &s) {
                            QSqlQuery q(s.database().connection());
                            return q.exec(full ? u"PRAGMA max_page_count = 1"_qs
                                               : u"PRAGMA max_page_count = 1073741823"_qs);
                        })
                        .result();
            };
            QVERIFY(limitGrowth(true));
            const QString longer = u" and then a much longer paragraph"_qs.repeated(2000);
            composer->textField()->moveCursor(QTextCursor::End);
            composer->textField()->insertPlainText(longer);
            QTRY_VERIFY_WITH_TIMEOUT(composer->statusText().contains(u"the disk is full"), 5000);
            QVERIFY(composer->statusText().contains(u"The text is still here"));
            QVERIFY(composer->textField()->toPlainText().endsWith(longer)); // nothing typed is lost
            QCOMPARE(storedDraft(window, article), u"Stored before the disk filled"_qs); // nor what was stored

            QVERIFY(limitGrowth(false)); // space again: the next save goes through and says so
            QTest::keyClicks(composer->textField(), u"!"_qs);
            QTRY_COMPARE_WITH_TIMEOUT(composer->statusText(), u"The draft is saved again."_qs, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(storedDraft(window, article).endsWith(u"paragraph!"_qs), 5000);
        }
        // The next start is clean: the file passes SQLite's check and the draft is there.
        Store store;
        QVERIFY(store.open(m_path));
        QSqlQuery check(store.database().connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_qs) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_qs);
        QVERIFY(Outbox(store.database()).draft(article, -1).endsWith(u"paragraph!"_qs));
    }

    void closedArticleSaysSoInsteadOfTheForm()
    {
        MainWindow window(m_path);
        open(window);
        const qint64 article = firstArticleWithComments(window);
        QVERIFY(writer(window)
                        ->run([article](Store &s) {
                            return Outbox(s.database())
                                    .setCommentsOpen(article, false, u"Comments are closed after 30 days."_qs);
                        })
                        .result());
        CommentsPanel *panel = window.newsPane()->comments();
        QSignalSpy loaded(panel->model(), &ThreadModel::loaded);
        window.newsPane()->showArticle(article);
        QTRY_VERIFY(!loaded.isEmpty() && panel->model()->articleId() == article && !panel->model()->isLoading());
        Composer *composer = panel->composer();
        QTRY_VERIFY(composer->closedLabel()->isVisible());
        QVERIFY(composer->closedLabel()->text().contains(u"Comments are closed after 30 days."_qs));
        composer->open();
        QVERIFY(!composer->isOpen());
        QVERIFY(!panel->view()->repliesAllowed());
    }

    void outboxViewListsAndCancels()
    {
        MainWindow window(m_path);
        open(window);
        const qint64 article = firstArticleWithComments(window);
        OutboxService *service = window.outbox();
        for (const QString &text : {u"First of two"_qs, u"Second of two"_qs}) {
            NewComment c;
            c.articleId = article;
            c.authorName = u"Ada"_qs;
            c.authorEmail = u"ada@example.org"_qs;
            c.body = text;
            auto queued = service->queue(c);
            QTRY_VERIFY(queued.isFinished());
            QVERIFY(queued.result().item);
        }
        QTRY_VERIFY(findButton(window, 2));
        OutboxDialog *dialog = window.openOutbox();
        QTRY_COMPARE(dialog->list()->topLevelItemCount(), 2);
        QTreeWidgetItem *first = dialog->list()->topLevelItem(0);
        QCOMPARE(first->text(0), u"kept here: the demo site is not on the network"_qs);
        QCOMPARE(first->text(2), u"First of two"_qs);
        QVERIFY(!first->text(1).isEmpty()); // the article's title
        dialog->list()->setCurrentItem(first);
        dialog->cancelSelected(false);
        QTRY_COMPARE(dialog->list()->topLevelItemCount(), 1);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(2), u"Second of two"_qs);
        QTRY_VERIFY(findButton(window, 1));
        // Go to the article: the reader shows it and its thread.
        QSignalSpy go(dialog, &OutboxDialog::goToArticle);
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        auto *goButton = dialog->findChildren<QPushButton *>().at(3);
        QCOMPARE(goButton->text(), u"&Go to Article"_qs);
        QTest::mouseClick(goButton, Qt::LeftButton);
        QCOMPARE(go.size(), 1);
        QTRY_COMPARE(window.newsPane()->comments()->model()->articleId(), article);

        // A comment the server refused says why, and can be tried again.
        const qint64 left = dialog->items().first().id;
        QVERIFY(writer(window)
                        ->run([left](Store &s) {
                            return Outbox(s.database()).recordFailed(left, u"Comments are closed."_qs, 5);
                        })
                        .result());
        dialog->reload();
        QTRY_COMPARE(dialog->list()->topLevelItem(0)->text(0), u"failed: Comments are closed."_qs);
        auto *tryNow = dialog->findChildren<QPushButton *>().at(2);
        QCOMPARE(tryNow->text(), u"&Try Now"_qs);
        QVERIFY(tryNow->isEnabled());
        QTest::mouseClick(tryNow, Qt::LeftButton);
        QTRY_COMPARE(dialog->list()->topLevelItem(0)->text(0), u"kept here: the demo site is not on the network"_qs);
        QVERIFY(!tryNow->isEnabled());
    }

    void postedOfflineGoesOutWhenOnline()
    {
        // The whole way on a loopback WordPress: written offline in the window, stored, shown as
        // waiting; the network comes back and the server holds it once, the thread says so.
        test::FakeWordPress wp;
        QVERIFY(wp.listen());
        Site site(m_path, wp);
        site.service->setOnline(false);
        Composer *composer = site.panel->composer();
        composer->open();
        composer->nameField()->setText(u"Ada"_qs);
        composer->emailField()->setText(u"ada@example.org"_qs);
        composer->textField()->setPlainText(u"Written on the train"_qs);
        QSignalSpy posted(composer, &Composer::posted);
        composer->post();
        QTRY_COMPARE(posted.size(), 1);
        QCOMPARE(composer->statusText(), u"Saved; it will be posted when you are online."_qs);
        const qint64 id = posted.first().first().toLongLong();
        QTRY_VERIFY(site.panel->model()->indexForKey(-id).isValid());
        QCOMPARE(site.panel->model()->indexForKey(-id).data(ThreadModel::OutboxStateRole).toInt(),
                 int(OutboxItem::State::Queued));
        QCOMPARE(wp.restPosts() + wp.formPosts(), 0);

        site.service->setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(site.panel->model()->indexForKey(-id).data(ThreadModel::OutboxStateRole).toInt(),
                                  int(OutboxItem::State::Held), 20000);
        QCOMPARE(wp.count(u"Written on the train"_qs), 1);
        QCOMPARE(wp.comments().first().author, u"Ada"_qs);
    }

    void composerAsksTheSiteWhenItOpens()
    {
        test::FakeWordPress wp;
        QVERIFY(wp.listen());
        wp.http().route("/post-12/",
                        test::TestResponse{200,
                                           "OK",
                                           {{"Content-Type", "text/html"}},
                                           "<html><body><p>Comments are closed.</p></body></html>"});
        Site site(m_path, wp);
        Composer *composer = site.panel->composer();
        QVERIFY(!composer->closedLabel()->isVisible());
        composer->open();
        // Said before the user writes: the form goes, the site's answer takes its place.
        QTRY_VERIFY_WITH_TIMEOUT(composer->closedLabel()->isVisible(), 20000);
        QVERIFY(!composer->isOpen());
        QVERIFY(composer->closedLabel()->text().contains(u"closed, or too old"_qs));
        QTRY_VERIFY(!site.panel->view()->repliesAllowed());
        QCOMPARE(wp.http().requestsFor("/post-12/").size(), 1);
    }

private:
    // A CommentsPanel with its own OutboxService over a WordPress article at wp (post 12).
    struct Site
    {
        Site(const QString &path, test::FakeWordPress &wp)
            : writer(std::make_unique<StorageThread>(path))
            , reader(std::make_unique<StorageThread>(path, nullptr, Database::Mode::ReadOnly))
        {
            writer->open().waitForFinished();
            reader->open().waitForFinished();
            const QString home = wp.url(u"/"_qs).toString();
            const QString rest = wp.restRoot();
            article = writer->run([home, rest](Store &s) {
                                return test::addWordPressArticle(s, home, rest, 12);
                            }).result();
            StorageThread *w = writer.get();
            service = std::make_unique<OutboxService>([w](OutboxSync::StoreJob job) { w->run(std::move(job)); },
                                                      OutboxService::Options{});
            service->setOnline(true);
            // The first pass (nothing to send) is over before a test goes offline: a pass that
            // runs goes on sending what is queued meanwhile.
            QSignalSpy passes(service.get(), &OutboxService::passFinished);
            service->start();
            passes.wait(20000);
            panel = std::make_unique<CommentsPanel>(writer.get(), reader.get());
            panel->setService(service.get());
            panel->resize(700, 600);
            panel->show();
            panel->showArticle(article, wp.url(u"/post-12/"_qs).toString());
        }
        ~Site()
        {
            panel.reset();
            service.reset();
        }
        std::unique_ptr<StorageThread> writer;
        std::unique_ptr<StorageThread> reader;
        std::unique_ptr<OutboxService> service;
        std::unique_ptr<CommentsPanel> panel;
        qint64 article = -1;
    };

    void open(MainWindow &window)
    {
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newsPane()->setReadDwellMs(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(window.newsPane()->articleModel()->rowCount(), 12, 20000);
        // The demo is never sent anywhere, but the service should not even try in a test.
        window.outbox()->setOnline(false);
    }

    static QString storedDraft(MainWindow &window, qint64 article)
    {
        return reader(window)->run([article](Store &s) { return Outbox(s.database()).draft(article, -1); }).result();
    }

    // Opens the composer under the article and types, until the writer has saved it as a draft.
    static void typeDraft(MainWindow &window, qint64 article, const QString &text)
    {
        Composer *composer = window.newsPane()->comments()->composer();
        composer->open();
        composer->textField()->setFocus();
        QTest::keyClicks(composer->textField(), text);
        QTRY_COMPARE_WITH_TIMEOUT(storedDraft(window, article), text, 5000);
    }

    static StorageThread *writer(MainWindow &window)
    {
        for (StorageThread *t : window.findChildren<StorageThread *>()) {
            if (t->mode() == Database::Mode::ReadWrite)
                return t;
        }
        return nullptr;
    }

    static StorageThread *reader(MainWindow &window)
    {
        for (StorageThread *t : window.findChildren<StorageThread *>()) {
            if (t->mode() == Database::Mode::ReadOnly)
                return t;
        }
        return nullptr;
    }

    static qint64 waiting(MainWindow &window)
    {
        return reader(window)->run([](Store &s) { return Outbox(s.database()).unpublishedCount(); }).result();
    }

    // The status bar's "N comments waiting" (plural forms come from the translation).
    static QToolButton *findButton(MainWindow &window, int count)
    {
        for (QToolButton *b : window.statusBar()->findChildren<QToolButton *>()) {
            if (b->isVisible() && b->text().startsWith(u"%1 comment"_qs.arg(count))
                && b->text().endsWith(u"waiting"_qs))
                return b;
        }
        return nullptr;
    }

    qint64 firstArticleWithComments(MainWindow &window)
    {
        ArticleListModel *model = window.newsPane()->articleModel();
        StorageThread *r = reader(window);
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->articleId(row);
            if (!r->run([id](Store &s) { return articleDetail(s.database(), id).comments; }).result().isEmpty())
                return id;
        }
        return -1;
    }

    // Selects, in the list, the first demo article with a thread, and waits for its thread.
    qint64 showArticleWithComments(MainWindow &window)
    {
        const qint64 id = firstArticleWithComments(window);
        [&] {
            QVERIFY(id > 0);
        }();
        ArticleListModel *model = window.newsPane()->articleModel();
        int row = 0;
        while (model->articleId(row) != id)
            ++row;
        window.newsPane()->articleList()->setCurrentIndex(model->index(row, 0));
        CommentsPanel *panel = window.newsPane()->comments();
        [&] {
            QTRY_VERIFY(panel->model()->articleId() == id && panel->model()->rowCount() > 0);
        }();
        return id;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
