#!/usr/bin/env python3
"""Tidings against a real WordPress: the command line reads a thread, writes comments through both
routes and survives a duplicate and a flood; the server's database is the judge.

Run by run-interop (which sets WordPress up and passes its address in the environment):
    interop.py TIDINGS_BINARY WORK_DIR
Environment: WP_URL, WP_SOCKET, WP_DB, WP_POST_ID, WP_DIR (see setup.sh).
Exit status: 0 passed, 1 failed.
"""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request

URL = os.environ["WP_URL"]
SOCKET = os.environ["WP_SOCKET"]
DB = os.environ["WP_DB"]
POST_ID = int(os.environ["WP_POST_ID"])
REQUEST_LOG = os.path.join(os.environ["WP_DIR"], "requests.log")

# The flood window the test opens where it wants one (WordPress's own is 15 s; the mu-plugin reads
# this one from wp_options, and it is 0 everywhere else).
FLOOD_SECONDS = 6
# How long a comment refused as a flood may take to go out: the window plus Tidings' back-off.
FLOOD_DEADLINE = int(os.environ.get("TIDINGS_INTEROP_FLOOD_DEADLINE", "240"))


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def step(title):
    print(f"\n=== {title}", flush=True)


# ---- the server's truth ---------------------------------------------------------------------------


def sql(query):
    out = subprocess.run(
        ["mariadb", "--no-defaults", f"--socket={SOCKET}", "--user=root", "-N", "-B", DB, "-e", query],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def set_option(name, value):
    # WordPress reads options afresh on every request (no persistent object cache here).
    sql(f"UPDATE wp_options SET option_value = '{int(value)}' WHERE option_name = '{name}'")


def server_comments():
    """Every comment of the post: id -> (parent id, author, text, approved)."""
    rows = sql("SELECT comment_ID, comment_parent, comment_author, comment_content, comment_approved "
               f"FROM wp_comments WHERE comment_post_ID = {POST_ID} ORDER BY comment_ID")
    return {int(r[0]): (int(r[1]), r[2], r[3], r[4]) for r in rows}


def key(text):
    """Every comment of the test starts with a word no other one starts with: its key."""
    return text.split()[0].strip(".,:;")


def server_rows_for(text):
    return [(cid, c) for cid, c in server_comments().items() if c[2] == text]


def expect_once_on_server(text, parent_text):
    """The comment is on the server exactly once, approved, under the comment whose text is
    parent_text (None: top level). Returns its server id."""
    rows = server_rows_for(text)
    check(len(rows) == 1, f"the server holds {len(rows)} copies of {text!r}, expected exactly one")
    cid, (parent, _author, _text, approved) = rows[0]
    check(approved == "1", f"{text!r} is not approved on the server (comment_approved={approved})")
    if parent_text is None:
        check(parent == 0, f"{text!r} should be top level, its parent is {parent}")
    else:
        parents = server_rows_for(parent_text)
        check(len(parents) == 1 and parent == parents[0][0],
              f"{text!r} has parent {parent}, expected the comment {parent_text!r}")
    return cid


def wait_out_flood_window():
    """Before a flood window opens: the last comment from 127.0.0.1 must be older than it, or the
    first comment of the pair would be refused too."""
    age = sql("SELECT COALESCE(TIMESTAMPDIFF(SECOND, MAX(comment_date_gmt), UTC_TIMESTAMP()), 999) "
              "FROM wp_comments WHERE comment_author_IP = '127.0.0.1'")[0][0]
    time.sleep(max(0, FLOOD_SECONDS + 1 - int(age)))


def last_post():
    """"STATUS URI" of the last POST WordPress answered."""
    with open(REQUEST_LOG, encoding="utf-8", errors="replace") as log:
        posts = [line.split() for line in log if re.match(r"\d+ POST ", line)]
    return f"{posts[-1][0]} {posts[-1][2]}" if posts else ""


def server_posts(path_fragment):
    """How many POSTs to a URI containing path_fragment WordPress has answered so far (the router
    logs "STATUS METHOD URI" for each request)."""
    if not os.path.exists(REQUEST_LOG):
        return 0
    with open(REQUEST_LOG, encoding="utf-8", errors="replace") as log:
        return sum(1 for line in log if re.match(r"\d+ POST \S*" + re.escape(path_fragment), line))


def permalink():
    with urllib.request.urlopen(f"{URL}/wp-json/wp/v2/posts/{POST_ID}", timeout=30) as reply:
        return json.load(reply)["link"]


# ---- Tidings --------------------------------------------------------------------------------------


class Tidings:
    def __init__(self, binary, data_dir):
        self.binary = binary
        self.data_dir = data_dir

    def run(self, *args, expect=0):
        started = time.monotonic()
        proc = subprocess.run([self.binary, "--data-dir", self.data_dir, *args], capture_output=True,
                              text=True, timeout=120)
        shown = " ".join(a if re.fullmatch(r"[\w:/.#?=@+-]+", a) else repr(a) for a in args)
        print(f"$ tidings {shown}    -> exit {proc.returncode} in {time.monotonic() - started:.1f} s")
        for line in (proc.stdout + proc.stderr).splitlines():
            print(f"    {line}")
        if expect is not None:
            check(proc.returncode == expect,
                  f"tidings {args[0]} exited {proc.returncode}, expected {expect}")
        return proc

    def comment(self, article, text, name, email, reply_to=None):
        args = ["comment", article, "--name", name, "--email", email]
        if reply_to is not None:
            args += ["--reply-to", reply_to]
        out = self.run(*args, text).stdout
        m = re.search(r"queued as (outbox:\d+)", out)
        check(m, f"tidings comment did not say 'queued as outbox:ID': {out!r}")
        return m.group(1)

    def thread(self, article):
        """The printed thread as a list of dicts: depth, ref (#ID or outbox:ID), author, state, text,
        parent (the index of the line it answers, or None)."""
        out = self.run("thread", article).stdout
        lines = []
        stack = []  # index of the last line seen at each depth
        pattern = re.compile(r"^((?:  )*)(#\d+|outbox:\d+) (.+?)(?: \[([^\]]+)\])?: (.*)$")
        top = None  # the indentation of a top-level comment
        for raw in out.splitlines():
            m = pattern.match(raw)
            if not m:
                continue  # the title, the count
            if top is None:
                top = len(m.group(1))
            check(len(m.group(1)) >= top, f"a comment of the thread is left of the top level: {raw!r}")
            depth = (len(m.group(1)) - top) // 2
            check(depth <= len(stack), f"a line of the thread skips a level: {raw!r}")
            del stack[depth:]
            lines.append({"depth": depth, "ref": m.group(2), "author": m.group(3), "state": m.group(4),
                          "text": m.group(5), "parent": stack[-1] if stack else None})
            stack.append(len(lines) - 1)
        return lines

    def outbox_entry(self, predicate):
        """The lines `tidings outbox` prints for each entry whose first line matches: that line and
        the indented ones after it (error, next try)."""
        entries = []
        for line in self.run("outbox", expect=None).stdout.splitlines():
            if line.startswith("outbox:"):
                entries.append([line])
            elif entries and line[:1].isspace():
                entries[-1].append(line)
        return [" ".join(e) for e in entries if predicate(e[0])]

    def sync(self, expect=0):
        return self.run("sync", expect=expect)


def parse_against_server(lines):
    """Pairs each printed comment with the server's (by its first word), checking it is shown once
    and under the comment the server has as its parent. Comments that failed for good are left out:
    the server does not have them. Returns the server's approved comments and {server id: line}."""
    server = {cid: c for cid, c in server_comments().items() if c[3] == "1"}
    by_key = {key(c[2]): cid for cid, c in server.items()}
    shown = {}
    for line in lines:
        if line["ref"].startswith("outbox:"):
            state = (line["state"] or "").lower()
            if state == "failed":
                continue
            check(state in ("published", "held"), f"a comment the server has is shown as {state}: {line['text']!r}")
        cid = by_key.get(key(line["text"]))
        check(cid is not None, f"the thread shows a comment the server does not have: {line['text']!r}")
        check(cid not in shown, f"comment {cid} ({server[cid][2]!r}) is shown twice in the thread")
        parent, author, text, _approved = server[cid]
        check(text.startswith(line["text"].rstrip(".…").rstrip()),
              f"comment {cid} is shown as {line['text']!r}, the server has {text!r}")
        check(line["author"] == author, f"comment {cid} is shown by {line['author']!r}, not {author!r}")
        if parent == 0:
            check(line["parent"] is None, f"comment {cid} ({text!r}) is not shown at the top level")
        else:
            check(line["parent"] is not None and key(lines[line["parent"]]["text"]) == key(server[parent][2]),
                  f"comment {cid} ({text!r}) is not shown under comment {parent}")
        shown[cid] = line
    return server, shown


def expect_thread_matches_server(tidings, article):
    """The thread as Tidings read it back from the server: every approved comment once (#ID), each
    under its parent, nothing else (a posted comment matched to its outbox copy, never both)."""
    lines = tidings.thread(article)
    pending = [line["text"] for line in lines if not line["ref"].startswith("#")]
    check(not pending, f"comments shown from the outbox, not from the server: {pending}")
    server, shown = parse_against_server(lines)
    missing = [server[cid][2] for cid in server if cid not in shown]
    check(not missing, f"the thread lacks comments the server has: {missing}")
    return lines


def read_back(binary, work, article):
    """The thread as someone who adds the site now reads it from the server."""
    reader = Tidings(binary, os.path.join(work, f"reader-{time.monotonic_ns()}"))
    reader.run("add", URL + "/")
    reader.run("refresh")
    expect_thread_matches_server(reader, article)


def local_id_of(lines, text):
    """The local id the thread printed for a comment ("#12" -> "12")."""
    return next(line["ref"].lstrip("#") for line in lines if key(line["text"]) == key(text))


def send_flooded(tidings, first, second):
    """Two comments queued together: the server takes the first and refuses the second as a flood;
    it waits, and a later sync, after the window and Tidings' back-off, sends it."""
    before = server_posts("/")
    tidings.sync(expect=2)
    expect_once_on_server(first, None)
    check(not server_rows_for(second), f"{second!r} went through inside the flood window")
    check(server_posts("/") >= before + 2, "the second comment was never tried")
    pending = tidings.outbox_entry(lambda line: key(second) in line)
    check(len(pending) == 1 and " queued " in pending[0],
          f"the outbox should list {second!r} once, queued for a later try: {pending}")
    started = time.monotonic()
    while True:
        time.sleep(3)  # a user running sync now and then
        if tidings.sync(expect=None).returncode == 0:
            break
        check(time.monotonic() - started < FLOOD_DEADLINE,
              f"{second!r} was still not sent {FLOOD_DEADLINE} s after the flood error")
    print(f"    sent {time.monotonic() - started:.0f} s after the flood error")
    expect_once_on_server(second, None)


def refuse_repeat(tidings, article, text, name, email):
    """The same words again from the same person in the same Tidings: refused before they are
    queued, with a reason; nothing reaches the server."""
    before = server_posts("/")
    proc = tidings.run("comment", article, "--name", name, "--email", email, text, expect=1)
    check(proc.stderr.strip() and "\n" not in proc.stderr.strip(),
          f"refusing a repeat should say why in one line: {proc.stderr!r}")
    check(not tidings.outbox_entry(lambda line: key(text) in line), f"the repeat of {text!r} was queued")
    tidings.sync()
    check(server_posts("/") == before and len(server_rows_for(text)) == 1,
          f"the repeat of {text!r} reached the server")


def send_server_duplicate(tidings, article, text, parent_text, name, email, reply_to=None):
    """A comment the server already has (the same person wrote it with another Tidings): WordPress
    answers 409 "duplicate", which means it is there. Tidings counts it as posted, never sends it
    again, and the server keeps one copy."""
    tidings.comment(article, text, name, email, reply_to=reply_to)
    tidings.sync()
    status = last_post().split()[0]
    check(status == "409", f"the server should have answered 409 (duplicate), its last answer: {last_post()}")
    expect_once_on_server(text, parent_text)
    entry = tidings.outbox_entry(lambda line: key(text) in line)
    check(not entry or re.match(r"outbox:\d+ (held|published) ", entry[0]),
          f"{text!r} should count as posted after the server said it has it: {entry}")
    before = server_posts("/")
    tidings.sync()
    check(server_posts("/") == before, "a sync after the duplicate sent something again")


def main():
    binary, work = sys.argv[1], sys.argv[2]
    started = time.monotonic()

    article = permalink()
    seeded = server_comments()
    texts = {c[2]: cid for cid, c in seeded.items()}
    dan_url = f"{article}#comment-{texts['Another top-level comment.']}"

    # Two people's Tidings: Rita's posts where the site takes REST comments, Fiona's where it takes
    # them only through the form (REST switched off before she first posts: 401, WordPress's default).
    step("Two Tidings add the site from its home page and read the three-level thread")
    set_option("tidings_rest_comments", 1)
    rest = Tidings(binary, os.path.join(work, "rest"))
    form = Tidings(binary, os.path.join(work, "form"))
    for tidings in (rest, form):
        tidings.run("add", URL + "/")
        # The refresh inside add stores the articles; threads are read by the refresh after that.
        tidings.run("refresh")
        lines = expect_thread_matches_server(tidings, article)
        check(max(line["depth"] for line in lines) == 2, "the thread is not shown three levels deep")
    carol_in_form = local_id_of(lines, "And one at level three.")

    # ---- REST: a site that takes anonymous comments through its REST API ------------------------

    step("REST: a top-level comment, a reply to it while it is still queued, a reply by URL")
    rest_posts = server_posts("wp/v2/comments")
    form_posts = server_posts("/wp-comments-post.php")
    name, email = "Rita Rest", "rita@example.invalid"
    alpha = "Alpha, posted through REST at the top level."
    bravo = "Bravo, a REST reply to Alpha while Alpha was still in the outbox."
    charlie = "Charlie, a REST reply to Dan named by the comment URL."
    alpha_id = rest.comment(article, alpha, name, email)
    rest.comment(article, bravo, name, email, reply_to=alpha_id)
    rest.comment(article, charlie, name, email, reply_to=dan_url)
    rest.sync()
    expect_once_on_server(alpha, None)
    expect_once_on_server(bravo, alpha)
    expect_once_on_server(charlie, "Another top-level comment.")
    check(server_posts("wp/v2/comments") - rest_posts == 3, "the comments did not go through REST")
    check(server_posts("/wp-comments-post.php") == form_posts, "a REST site got a comment through the form")
    rest.run("refresh")
    expect_thread_matches_server(rest, article)
    read_back(binary, work, article)

    step("REST: a flood error (400 comment_flood) waits, a later sync sends it")
    wait_out_flood_window()
    set_option("tidings_flood_seconds", FLOOD_SECONDS)
    echo, foxtrot = "Echo, the first of two quick REST comments.", "Foxtrot, the second, refused as a flood."
    rest.comment(article, echo, name, email)
    rest.comment(article, foxtrot, name, email)
    send_flooded(rest, echo, foxtrot)
    set_option("tidings_flood_seconds", 0)

    step("REST: the same comment again from the same Tidings is refused before it is queued")
    refuse_repeat(rest, article, alpha, name, email)

    # ---- The form: a site without anonymous REST comments (WordPress's default) -----------------
    step("Form: REST comments off (401): a top-level comment, a reply to it, a reply to Carol by local id")
    set_option("tidings_rest_comments", 0)
    form_posts = server_posts("/wp-comments-post.php")
    name, email = "Fiona Form", "fiona@example.invalid"
    golf = "Golf, posted through the form at the top level."
    hotel = "Hotel, a form reply to Golf."
    india = "India, a form reply to Carol, the fourth level."
    golf_id = form.comment(article, golf, name, email)
    form.comment(article, hotel, name, email, reply_to=golf_id)
    form.comment(article, india, name, email, reply_to=carol_in_form)
    form.sync()
    expect_once_on_server(golf, None)
    expect_once_on_server(hotel, golf)
    expect_once_on_server(india, "And one at level three.")
    check(server_posts("/wp-comments-post.php") - form_posts == 3, "the comments did not go through the form")
    form.run("refresh")
    expect_thread_matches_server(form, article)
    read_back(binary, work, article)

    step("Form: a flood error (429) waits, a later sync sends it")
    wait_out_flood_window()
    set_option("tidings_flood_seconds", FLOOD_SECONDS)
    juliet, kilo = "Juliet, the first of two quick form comments.", "Kilo, the second, refused as a flood."
    form.comment(article, juliet, name, email)
    form.comment(article, kilo, name, email)
    send_flooded(form, juliet, kilo)
    set_option("tidings_flood_seconds", 0)

    step("Form: the same comment again from the same Tidings is refused before it is queued")
    refuse_repeat(form, article, golf, name, email)

    # As from a second machine of Rita's: Fiona's Tidings has read Alpha and Bravo back already, so
    # its thread shows each once only if the answer is matched to the stored comment.
    step("Form: Rita's Alpha and Bravo again from the other Tidings: the form answers 409, they are there")
    send_server_duplicate(form, article, alpha, None, "Rita Rest", "rita@example.invalid")
    send_server_duplicate(form, article, bravo, alpha, "Rita Rest", "rita@example.invalid",
                          reply_to=local_id_of(form.thread(article), alpha))

    step("REST: Fiona's Golf again from the REST Tidings: REST answers 409, it is there already")
    set_option("tidings_rest_comments", 1)
    send_server_duplicate(rest, article, golf, None, "Fiona Form", "fiona@example.invalid")

    step("Both: after a refresh each Tidings shows the server's thread, every comment once")
    rest.run("refresh")
    expect_thread_matches_server(rest, article)
    form.run("refresh")
    expect_thread_matches_server(form, article)
    read_back(binary, work, article)
    posted = [alpha, bravo, charlie, echo, foxtrot, golf, hotel, india, juliet, kilo]
    check(len(server_comments()) == len(seeded) + len(posted),
          f"the server holds {len(server_comments())} comments, expected {len(seeded) + len(posted)}")

    print(f"\nPASSED: {len(posted)} comments on a real WordPress, every one once under its parent "
          f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as failure:
        print(f"\nFAILED: {failure}")
        sys.exit(1)
