#include "CommentsPanel.h"
#include "Composer.h"
#include "ThreadFixture.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "storage/Outbox.h"
#include "storage/StorageThread.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

// The thread under the article: moving, collapsing, replying with the keyboard; new comments marked
// and, once looked at, no longer new.
class TestThreadView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"view-%1.sqlite"_qs.arg(++m_counter));
        m_writer = std::make_unique<StorageThread>(path);
        QCOMPARE(m_writer->open().result(), QString());
        m_reader = std::make_unique<StorageThread>(path, nullptr, Database::Mode::ReadOnly);
        QCOMPARE(m_reader->open().result(), QString());
        m_article = m_writer->run([](Store &s) {
                                return test::addWordPressArticle(s, u"https://blog.example/"_qs,
                                                                 u"https://blog.example/wp-json/"_qs, 12);
                            })
                            .result();
        QVERIFY(m_article > 0);
        m_panel = std::make_unique<CommentsPanel>(m_writer.get(), m_reader.get());
        m_panel->resize(700, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_reader.reset();
        m_writer.reset();
    }

    void keyboardMovesCollapsesAndExpands()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Top</p>"_qs, 1000),
               test::threadComment(u"2"_qs, u"1"_qs, u"Bo"_qs, u"<p>Reply</p>"_qs, 1100),
               test::threadComment(u"3"_qs, u"2"_qs, u"Cy"_qs, u"<p>Deeper</p>"_qs, 1200),
               test::threadComment(u"4"_qs, {}, u"Di"_qs, u"<p>Second</p>"_qs, 1300)});
        show();
        ThreadView *view = m_panel->view();
        // (Plural forms come from the translation; the count is what matters here.)
        QVERIFY(m_panel->summaryText().startsWith(u"4 comment"_qs));
        view->setFocus();
        auto author = [view] {
            return view->currentIndex().data(ThreadModel::AuthorRole).toString();
        };
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(author(), u"Rosa"_qs);
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(author(), u"Bo"_qs);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(author(), u"Cy"_qs);
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(author(), u"Di"_qs);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(author(), u"Cy"_qs);
        // Left on a comment without replies goes to the one it answers; again collapses that one.
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(author(), u"Bo"_qs);
        QVERIFY(view->isExpanded(view->currentIndex()));
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(!view->isExpanded(view->currentIndex()));
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(author(), u"Di"_qs); // Cy is hidden
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(author(), u"Bo"_qs);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->isExpanded(view->currentIndex()));
        QTest::keyClick(view, Qt::Key_P);
        QTest::keyClick(view, Qt::Key_Minus); // Rosa and everything under her
        QCOMPARE(author(), u"Rosa"_qs);
        QVERIFY(!view->isExpanded(view->currentIndex()));
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(author(), u"Di"_qs);
        QTest::keyClick(view, Qt::Key_P);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->isExpanded(view->currentIndex()));
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(author(), u"Bo"_qs);
    }

    void replyKeyOpensTheComposerForThatComment()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Top</p>"_qs, 1000),
               test::threadComment(u"2"_qs, u"1"_qs, u"Bo"_qs, u"<p>Reply</p>"_qs, 1100)});
        show();
        ThreadView *view = m_panel->view();
        Composer *composer = m_panel->composer();
        QVERIFY(!composer->isOpen());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N);
        QTest::keyClick(view, Qt::Key_N);
        const qint64 bo = view->currentIndex().data(ThreadModel::CommentIdRole).toLongLong();
        QTest::keyClick(view, Qt::Key_R);
        QVERIFY(composer->isOpen());
        QCOMPARE(composer->replyingTo(), u"Bo"_qs);
        QCOMPARE(composer->parentCommentId(), bo);
        bool said = false;
        for (QLabel *label : composer->findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text() == u"Replying to Bo"_qs);
        QVERIFY(said);
        composer->cancelReply();
        QCOMPARE(composer->parentCommentId(), -1);
        QVERIFY(composer->replyingTo().isEmpty());
    }

    void newCommentsAreMarkedThenSeen()
    {
        store({test::threadComment(u"1"_qs, {}, u"Rosa"_qs, u"<p>Old</p>"_qs, 1000)}, 1000);
        QVERIFY(m_writer->run([a = m_article](Store &s) { return Outbox(s.database()).markThreadSeen(a, 2000); })
                        .result());
        store({test::threadComment(u"2"_qs, {}, u"Bo"_qs, u"<p>New</p>"_qs, 2500)}, 3000);
        m_panel->setSeenDelayMs(50);
        QSignalSpy seen(m_panel.get(), &CommentsPanel::threadSeen);
        show();
        QVERIFY(m_panel->summaryText().startsWith(u"2 comment"_qs));
        QVERIFY(m_panel->summaryText().endsWith(u" · 1 new"_qs));
        QCOMPARE(m_panel->model()->index(1, 0).data(ThreadModel::IsNewRole).toBool(), true);
        QVERIFY(seen.wait(5000));
        const qint64 seenAt
                = m_reader->run([a = m_article](Store &s) { return articleDetail(s.database(), a).threadSeenAt; })
                          .result();
        QVERIFY(seenAt > 3000);
        // Shown again, nothing is new any more.
        m_panel->showArticle(-1, {});
        show();
        QVERIFY(m_panel->summaryText().startsWith(u"2 comment"_qs));
        QVERIFY(!m_panel->summaryText().contains(u"new"_qs));
    }

    void deepAndLongThreadsStayResponsive()
    {
        // 1,000 top-level comments with a reply each, one of them 12 levels deep.
        QList<ParsedComment> comments;
        for (int i = 1; i <= 1000; ++i) {
            comments.append(test::threadComment(QString::number(i), {}, u"P%1"_qs.arg(i),
                                                u"<p>Comment number %1 with a few words so it wraps a little when the "
                                                u"view is narrow.</p>"_qs.arg(i),
                                                1000 + i));
            comments.append(test::threadComment(QString::number(10000 + i), QString::number(i), u"R%1"_qs.arg(i),
                                                u"<p>Reply %1</p>"_qs.arg(i), 5000 + i));
        }
        QString parent = u"10001"_qs;
        for (int d = 0; d < 10; ++d) {
            const QString id = QString::number(20000 + d);
            comments.append(test::threadComment(id, parent, u"D%1"_qs.arg(d), u"<p>deep</p>"_qs, 9000 + d));
            parent = id;
        }
        store(comments);
        QElapsedTimer timer;
        timer.start();
        show();
        ThreadView *view = m_panel->view();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        const qint64 shown = timer.elapsed();
        QCOMPARE(m_panel->model()->info().count, 2010);
        qInfo("2,010 comments read, laid out and painted at the bottom in %lld ms", shown);
        // Generous for a sanitiser build on a busy machine; without it this takes a fraction.
        QVERIFY2(shown < 15000, qPrintable(QString::number(shown)));
        // The deepest reply is indented no further than the cap allows.
        QModelIndex deepest = m_panel->model()->index(0, 0);
        while (m_panel->model()->rowCount(deepest) > 0)
            deepest = m_panel->model()->index(0, 0, deepest);
        QCOMPARE(deepest.data(ThreadModel::DepthRole).toInt(), 11);
        QCOMPARE(deepest.data(ThreadModel::ParentAuthorRole).toString(), u"D8"_qs);
        // Moving through it with the keyboard is instant.
        view->setFocus();
        timer.restart();
        for (int i = 0; i < 200; ++i)
            QTest::keyClick(view, Qt::Key_N);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

private:
    void store(const QList<ParsedComment> &comments, qint64 now = 1)
    {
        const qint64 article = m_article;
        QVERIFY(m_writer->run([article, comments, now](Store &s) {
                            return test::storeThread(s, article, comments, now);
                        })
                        .result());
    }

    void show()
    {
        QSignalSpy loaded(m_panel->model(), &ThreadModel::loaded);
        m_panel->showArticle(m_article, u"https://blog.example/post-12/"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isLoading() && !loaded.isEmpty(), 20000);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<StorageThread> m_writer;
    std::unique_ptr<StorageThread> m_reader;
    std::unique_ptr<CommentsPanel> m_panel;
    qint64 m_article = -1;
};

QTEST_MAIN(TestThreadView)
#include "tst_threadview.moc"
