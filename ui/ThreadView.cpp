#include "ThreadView.h"

#include "CommentText.h"
#include "DateText.h"
#include "HelpDialogs.h"
#include "Icons.h"
#include "ThreadModel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolTip>

namespace tidings::ui {

// Paints one comment and knows where its parts are, for clicks and tooltips.
class CommentDelegate : public QStyledItemDelegate
{
    Q_DECLARE_TR_FUNCTIONS(CommentDelegate)

public:
    enum class Part { None, Toggle, Author, Date, Body, Reply, Edit, Cancel };

    explicit CommentDelegate(ThreadView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    struct Layout
    {
        QRect content; // right of the indentation
        QRect toggle;
        QRect author;
        QRect date;
        QRect replyTo;
        QRect body;
        QRect status;
        QRect reply;
        QRect edit;
        QRect cancel;
        QRect hidden; // "3 replies hidden"
        int height = 0;
    };

    [[nodiscard]] int indentStep() const { return m_view->fontMetrics().averageCharWidth() * 3; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const ThreadEntry *e = entryOf(index);
        if (!e)
            return;
        const Layout l = layout(option, index, *e);
        painter->save();
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        QColor muted = pal.color(QPalette::PlaceholderText);
        QColor link = pal.color(QPalette::Link);
        QColor accent = pal.color(QPalette::Highlight);
        if (selected) {
            QColor tint = accent;
            tint.setAlpha(40);
            painter->fillRect(QRect(l.content.left() - 4, option.rect.top(), option.rect.right() - l.content.left() + 5,
                                    option.rect.height()),
                              tint);
        }
        // Guides: one line per level of indentation.
        const int step = indentStep();
        const int levels = qMin(e->depth, ThreadView::kIndentCap);
        QColor guide = pal.color(QPalette::Mid);
        guide.setAlpha(90);
        painter->setPen(guide);
        for (int level = 0; level < levels; ++level) {
            const int x = option.rect.left() + level * step + step / 2;
            painter->drawLine(x, option.rect.top(), x, option.rect.bottom());
        }
        if (e->isNew)
            painter->fillRect(QRect(l.content.left() - 4, option.rect.top() + 4, 3, option.rect.height() - 8), accent);

        // Header: toggle, author, date, marks.
        QFont bold = option.font;
        bold.setBold(true);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        if (!l.toggle.isNull()) {
            painter->setPen(muted);
            painter->setFont(option.font);
            painter->drawText(l.toggle, Qt::AlignLeft | Qt::AlignVCenter,
                              m_view->isExpanded(index) ? QStringLiteral("▾") : QStringLiteral("▸"));
        }
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(l.author, Qt::AlignLeft | Qt::AlignVCenter, authorText(*e));
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(l.date, Qt::AlignLeft | Qt::AlignVCenter, dateText(*e));
        int x = l.date.right() + 8;
        auto tag = [&](const QString &text, const QColor &color) {
            const QFontMetrics fm(small);
            const QRect r(x, l.date.top() + 1, fm.horizontalAdvance(text) + 10, l.date.height() - 2);
            painter->setPen(Qt::NoPen);
            QColor fill = color;
            fill.setAlpha(50);
            painter->setBrush(fill);
            painter->drawRoundedRect(r, 4, 4);
            painter->setPen(color);
            painter->drawText(r, Qt::AlignCenter, text);
            x = r.right() + 6;
        };
        if (e->isNew)
            tag(CommentDelegate::tr("new"), accent);
        if (e->mine)
            tag(CommentDelegate::tr("yours"), positiveColour(option.palette));

        if (!l.replyTo.isNull()) {
            painter->setPen(muted);
            painter->drawText(l.replyTo, Qt::AlignLeft | Qt::AlignVCenter,
                              CommentDelegate::tr("↳ in reply to %1").arg(nameOr(e->parentAuthor)));
        }

        // The body.
        QTextDocument doc;
        setUpDocument(doc, option, *e, l.body.width());
        painter->save();
        painter->translate(l.body.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = pal;
        context.palette.setColor(QPalette::Text, pal.color(QPalette::Text));
        context.clip = QRectF(0, 0, l.body.width(), l.body.height());
        painter->setClipRect(context.clip);
        doc.documentLayout()->draw(painter, context);
        painter->restore();

        painter->setFont(small);
        if (!l.status.isNull()) {
            const bool failed = e->outboxState == OutboxItem::State::Failed;
            painter->setPen(failed ? errorColour(option.palette) : muted);
            painter->drawText(l.status, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                              QFontMetrics(small).elidedText(statusText(*e), Qt::ElideRight, l.status.width()));
        }
        painter->setPen(link);
        if (!l.reply.isNull())
            painter->drawText(l.reply, Qt::AlignLeft | Qt::AlignVCenter, CommentDelegate::tr("Reply"));
        if (!l.edit.isNull())
            painter->drawText(l.edit, Qt::AlignLeft | Qt::AlignVCenter, CommentDelegate::tr("Edit"));
        if (!l.cancel.isNull())
            painter->drawText(l.cancel, Qt::AlignLeft | Qt::AlignVCenter,
                              CommentDelegate::tr("Cancel", "discard a comment that waits in the outbox"));
        if (!l.hidden.isNull())
            painter->drawText(l.hidden, Qt::AlignLeft | Qt::AlignVCenter, hiddenText(index));
        if (option.state & QStyle::State_HasFocus && selected) {
            painter->setPen(QPen(accent, 1, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option.rect.adjusted(l.content.left() - option.rect.left() - 4, 0, -1, -1));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const ThreadEntry *e = entryOf(index);
        if (!e)
            return {};
        QStyleOptionViewItem o = option;
        // The view asks before it knows the row's rectangle: the width is the viewport's.
        o.rect = QRect(0, 0, m_view->viewport()->width(), 0);
        return {o.rect.width(), layout(o, index, *e).height};
    }

    [[nodiscard]] Part partAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos,
                              QString *anchor = nullptr) const
    {
        const ThreadEntry *e = entryOf(index);
        if (!e)
            return Part::None;
        const Layout l = layout(option, index, *e);
        if (l.toggle.contains(pos) || l.hidden.contains(pos))
            return Part::Toggle;
        if (l.reply.contains(pos))
            return Part::Reply;
        if (l.edit.contains(pos))
            return Part::Edit;
        if (l.cancel.contains(pos))
            return Part::Cancel;
        if (l.author.contains(pos))
            return Part::Author;
        if (l.date.contains(pos))
            return Part::Date;
        if (l.body.contains(pos)) {
            if (anchor) {
                QTextDocument doc;
                setUpDocument(doc, option, *e, l.body.width());
                *anchor = doc.documentLayout()->anchorAt(pos - l.body.topLeft());
            }
            return Part::Body;
        }
        return Part::None;
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        const ThreadEntry *e = entryOf(index);
        if (!e || event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QString text;
        switch (partAt(option, index, event->pos())) {
        case Part::Date:
            text = DateText::exact(e->publishedAt);
            break;
        case Part::Author:
            text = e->authorUrl;
            break;
        case Part::Toggle:
            text = m_view->isExpanded(index) ? CommentDelegate::tr("Collapse the replies (left or -)")
                                             : CommentDelegate::tr("Show the replies (right or +)");
            break;
        default:
            break;
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(event->globalPos(), text, view);
        return true;
    }

    void forgetHeights() { m_heights.clear(); }

    static QString nameOr(const QString &name) { return name.isEmpty() ? CommentDelegate::tr("Anonymous") : name; }

private:
    struct Height
    {
        QString html;
        int width = 0;
        int height = 0;
    };

    [[nodiscard]] const ThreadEntry *entryOf(const QModelIndex &index) const
    {
        const auto *model = qobject_cast<const ThreadModel *>(index.model());
        return model ? model->entry(index) : nullptr;
    }

    static QString authorText(const ThreadEntry &e) { return nameOr(e.author); }

    static QString dateText(const ThreadEntry &e)
    {
        return DateText::relative(e.publishedAt, QDateTime::currentSecsSinceEpoch());
    }

    [[nodiscard]] QString statusText(const ThreadEntry &e) const
    {
        CommentText::State s;
        s.state = e.outboxState;
        s.error = e.outboxError;
        s.nextAttemptAt = e.nextAttemptAt;
        s.onReservedHost = e.onReservedHost;
        return CommentText::state(s, m_view->isOnline(), QDateTime::currentSecsSinceEpoch());
    }

    [[nodiscard]] QString hiddenText(const QModelIndex &index) const
    {
        int count = 0;
        QList<QModelIndex> stack{index};
        while (!stack.isEmpty()) {
            const QModelIndex i = stack.takeLast();
            const int rows = index.model()->rowCount(i);
            count += rows;
            for (int r = 0; r < rows; ++r)
                stack.append(index.model()->index(r, 0, i));
        }
        return CommentDelegate::tr("▸ %n reply(ies) hidden", nullptr, count);
    }

    static void setUpDocument(QTextDocument &doc, const QStyleOptionViewItem &option, const ThreadEntry &e, int width)
    {
        doc.setDocumentMargin(0);
        doc.setDefaultFont(option.font);
        doc.setDefaultStyleSheet(u"p { margin-top: 0; margin-bottom: 6px; } a { color: %1; }"_qs.arg(
                option.palette.color(QPalette::Link).name()));
        doc.setHtml(e.bodyHtml);
        doc.setTextWidth(qMax(40, width));
    }

    int bodyHeight(const QStyleOptionViewItem &option, const ThreadEntry &e, int width) const
    {
        auto it = m_heights.find(e.key);
        if (it != m_heights.end() && it->width == width && it->html == e.bodyHtml)
            return it->height;
        QTextDocument doc;
        setUpDocument(doc, option, e, width);
        const int height = qCeil(doc.size().height());
        m_heights.insert(e.key, {e.bodyHtml, width, height});
        return height;
    }

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, const ThreadEntry &e) const
    {
        Layout l;
        const QFontMetrics fm(option.font);
        QFont boldFont = option.font;
        boldFont.setBold(true);
        const QFontMetrics bold(boldFont);
        QFont smallFont = option.font;
        smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
        const QFontMetrics small(smallFont);
        const int pad = 6;
        const int step = indentStep();
        const int left = option.rect.left() + qMin(e.depth, ThreadView::kIndentCap) * step + pad;
        const int width = qMax(60, option.rect.right() - left - pad);
        l.content = QRect(left, option.rect.top(), width, option.rect.height());
        int y = option.rect.top() + pad;
        const int line = qMax(bold.height(), fm.height()) + 2;
        int x = left;
        const bool hasChildren = index.model()->rowCount(index) > 0;
        if (hasChildren) {
            l.toggle = QRect(x, y, fm.horizontalAdvance(u"▾"_qs) + 6, line);
            x = l.toggle.right() + 1;
        }
        l.author = QRect(x, y, qMin(bold.horizontalAdvance(authorText(e)) + 2, width / 2), line);
        l.date = QRect(l.author.right() + 10, y, small.horizontalAdvance(dateText(e)) + 2, line);
        y += line;
        if (e.depth > ThreadView::kIndentCap) {
            l.replyTo = QRect(left, y, width, small.height() + 2);
            y += l.replyTo.height();
        }
        y += 2;
        l.body = QRect(left, y, width, bodyHeight(option, e, width));
        y += l.body.height() + 2;
        if (e.pending) {
            l.status = QRect(left, y, width, small.height() + 2);
            y += l.status.height();
        }
        x = left;
        auto action = [&](const QString &text) {
            const QRect r(x, y, fm.horizontalAdvance(text) + 2, fm.height() + 2);
            x = r.right() + 14;
            return r;
        };
        if (m_view->repliesAllowed())
            l.reply = action(CommentDelegate::tr("Reply"));
        if (e.pending && (e.outboxState == OutboxItem::State::Queued || e.outboxState == OutboxItem::State::Failed)) {
            l.edit = action(CommentDelegate::tr("Edit"));
            l.cancel = action(CommentDelegate::tr("Cancel", "discard a comment that waits in the outbox"));
        }
        if (hasChildren && !m_view->isExpanded(index))
            l.hidden = action(hiddenText(index));
        y += fm.height() + 2 + pad;
        l.height = y - option.rect.top();
        return l;
    }

    ThreadView *m_view;
    mutable QHash<qint64, Height> m_heights;
};

ThreadView::ThreadView(QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new CommentDelegate(this))
{
    setItemDelegate(m_delegate);
    setHeaderHidden(true);
    setIndentation(0); // the delegate indents, up to a cap
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setExpandsOnDoubleClick(false);
    setAnimated(false);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Comments"));
    setAccessibleDescription(tr("The comment thread under the article: n and p move, r replies"));
    addKeys();
}

void ThreadView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->forgetHeights(); });
}

void ThreadView::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    viewport()->update();
}

void ThreadView::setRepliesAllowed(bool allowed)
{
    if (allowed == m_repliesAllowed)
        return;
    m_repliesAllowed = allowed;
    scheduleDelayedItemsLayout();
}

void ThreadView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTreeView::rowsInserted(parent, start, end);
    // Comments arrive expanded; what the user collapsed stays collapsed.
    for (int row = start; row <= end; ++row)
        expandRecursively(model()->index(row, 0, parent));
}

void ThreadView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QTreeView::dataChanged(topLeft, bottomRight, roles);
    // A changed comment may be taller or shorter now.
    scheduleDelayedItemsLayout();
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (viewport()->width() != m_laidOutWidth) {
        m_laidOutWidth = viewport()->width();
        scheduleDelayedItemsLayout(); // text wraps differently: every row's height changes
    }
}

void ThreadView::moveBy(int delta)
{
    const QModelIndex current = currentIndex();
    QModelIndex next;
    if (!current.isValid())
        next = model() ? model()->index(0, 0) : QModelIndex();
    else
        next = delta > 0 ? indexBelow(current) : indexAbove(current);
    if (next.isValid()) {
        setCurrentIndex(next);
        scrollTo(next);
    }
}

void ThreadView::collapseOrGoUp()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    if (isExpanded(current) && model()->rowCount(current) > 0) {
        collapse(current);
    } else if (current.parent().isValid()) {
        setCurrentIndex(current.parent());
        scrollTo(current.parent());
    }
}

void ThreadView::addKeys()
{
    // Actions, so Help ▸ Keyboard Shortcuts lists them; they work while the thread has the focus.
    ShortcutsDialog::setShortcutArea(this, tr("Comment thread"), 2);
    auto key = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    key(tr("Next comment"), {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Down)}, [this] { moveBy(1); });
    key(tr("Previous comment"), {QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_Up)}, [this] { moveBy(-1); });
    key(tr("Collapse the replies; again: go to the parent"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Minus)},
        [this] { collapseOrGoUp(); });
    key(tr("Show the replies"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Plus)}, [this] {
        if (currentIndex().isValid())
            expand(currentIndex());
    });
    key(tr("Reply to the comment"), {QKeySequence(Qt::Key_R)}, [this] {
        if (currentIndex().isValid() && m_repliesAllowed)
            emit replyRequested(currentIndex());
    });
    key(tr("Change your comment not yet sent"), {QKeySequence(Qt::Key_E)}, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.data(ThreadModel::PendingRole).toBool())
            emit editRequested(current.data(ThreadModel::OutboxIdRole).toLongLong());
    });
    key(tr("Cancel your comment not yet sent"), {QKeySequence(QKeySequence::Delete)}, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.data(ThreadModel::PendingRole).toBool())
            emit cancelRequested(current.data(ThreadModel::OutboxIdRole).toLongLong());
    });
}

void ThreadView::keyPressEvent(QKeyEvent *event)
{
    // The thread's keys are actions (addKeys). Other letters do not search the thread: they are the
    // pane's keys.
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!event->text().isEmpty() && event->text().at(0).isPrint() && plain) {
        event->ignore();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void ThreadView::mouseReleaseEvent(QMouseEvent *event)
{
    QTreeView::mouseReleaseEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!index.isValid() || event->button() != Qt::LeftButton)
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    QString anchor;
    switch (m_delegate->partAt(option, index, event->position().toPoint(), &anchor)) {
    case CommentDelegate::Part::Toggle:
        setExpanded(index, !isExpanded(index));
        break;
    case CommentDelegate::Part::Reply:
        emit replyRequested(index);
        break;
    case CommentDelegate::Part::Edit:
        emit editRequested(index.data(ThreadModel::OutboxIdRole).toLongLong());
        break;
    case CommentDelegate::Part::Cancel:
        emit cancelRequested(index.data(ThreadModel::OutboxIdRole).toLongLong());
        break;
    case CommentDelegate::Part::Author:
        anchor = index.data(ThreadModel::AuthorUrlRole).toString();
        [[fallthrough]];
    case CommentDelegate::Part::Body: {
        const QUrl url(anchor);
        const QString scheme = url.scheme().toLower();
        if (!anchor.isEmpty() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto"))
            QDesktopServices::openUrl(url);
        break;
    }
    default:
        break;
    }
}

} // namespace tidings::ui
