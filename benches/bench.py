#!/usr/bin/env python3
"""Benchmarks styrdok (and Hugo and Zola where installed) on generated corpora.

    python3 benches/bench.py [--sizes 1000,10000] [--runs 3] [--langs sv,en]

For each size it writes the same corpus as a styrdok, Hugo and Zola site
(benches/gen_corpus.py, deterministic from --seed) and prints, as medians of
--runs runs with peak memory (max RSS, from /usr/bin/time):

  full       a build into an empty output folder (the last output is moved
             aside, not deleted, so the deletion is not timed)
  no-change  the same build again over the existing output
  edit       `styrdok serve`: one document's body is rewritten; the time from
             the write until the page, fetched over HTTP, shows the change
  title      the same for an edit of the document's title (front matter),
             until its page shows it, and until the home page does
  in a row   five title edits 0.5 s apart (as someone correcting a title
             does): the same two times for each, median and slowest
  search     with --search: after the last of those, the time until a query
             of the preview's search index finds the new title (Node, with
             tests/a11y/query.mjs, as the search page asks it)

The peers' corpora have no search index, so neither has styrdok's unless
--search is given ([search] enabled in its site.toml): the Pagefind index is
by far the largest cost of a big build, and is timed on its own that way.
With --search, Pagefind's CLI also indexes Hugo's output after each of Hugo's
builds (`pagefind --site OUTPUT`, every page's body, one index a language by
its `<html lang>`), and the table has a "hugo + pagefind" row: the two run
one after the other, so wall and CPU times are their sums and peak memory
the larger peak. The CLI is the npm package `pagefind` at the version of
the crate styrdok uses (Cargo.toml), installed beside this script, not
committed: `npm install --prefix benches --no-save pagefind@1.6.0`
(or give another with --pagefind).

The full build is given with its CPU time (user + system) beside the wall time.

Build styrdok first: cargo build --release. Standard-library Python only.
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STYRDOK = os.path.join(ROOT, "target", "release", "styrdok")
PAGEFIND = os.path.join(HERE, "node_modules", ".bin", "pagefind")


STAGES = {}


def timed(cmd, cwd=None):
    """Runs cmd under /usr/bin/time; returns (seconds, peak MiB, CPU seconds:
    user and system, steadier than wall time on a busy machine). The stage
    times a styrdok build prints with --timings are kept in STAGES."""
    # The last run's files are on disk before this one starts: the kernel
    # writing them back would otherwise be timed as part of this run.
    os.sync()
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + cmd, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    peak_kib, user, system = p.stderr.strip().splitlines()[-1].split()
    for line in p.stdout.splitlines() + p.stderr.splitlines():
        m = re.match(r"^  (\S.*?)\s+([0-9.]+) ms$", line)
        if m:
            STAGES.setdefault(m.group(1), []).append(float(m.group(2)))
    return wall, int(peak_kib) / 1024, float(user) + float(system)


def median_runs(runs, fn):
    return medians([fn() for _ in range(runs)])


def medians(results):
    """Median wall and CPU time, and the highest peak memory, of runs."""
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            statistics.median(r[2] for r in results))


def one_after_the_other(a, b):
    """Two tools run one after the other, as one run: times added, the
    larger peak memory."""
    return a[0] + b[0], max(a[1], b[1]), a[2] + b[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return ""


def edit_latency(site, runs, search):
    """Medians, in ms, from writing a document to the served pages showing it:
    (body edit: its page; front-matter edit (title): its page; the same
    edit: the home page, which lists every document), then for five title
    edits 0.5 s apart the times to its page and to the home page (lists of
    five), and with `search` the time from the last of those until the
    preview's search finds it (None without Node); then medians for a new
    document (its page, the home page) and for that document deleted (its
    page gone, the home page without it), also printed."""
    port = free_port()
    server = subprocess.Popen([STYRDOK, "serve", "--root", site, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 600
        while not fetch(f"http://127.0.0.1:{port}/"):
            if time.time() > deadline or server.poll() is not None:
                sys.exit("serve did not start")
            time.sleep(0.2)
        # The first document in content/strategi/.
        folder = os.path.join(site, "content", "strategi")
        name = sorted(f for f in os.listdir(folder) if f.count(".") == 1)[0]
        path = os.path.join(folder, name)
        url = f"http://127.0.0.1:{port}/strategi/{name[:-3]}/"
        home = f"http://127.0.0.1:{port}/"
        original = open(path, encoding="utf-8").read()
        title = re.search(r'^titel: "?([^"\n]*)"?$', original, re.M)

        def until(text, urls, write, settle=True, to=path):
            start = time.perf_counter()
            with open(to, "w", encoding="utf-8") as f:
                f.write(write)
            shown = []
            for u in urls:
                while text not in fetch(u):
                    if time.perf_counter() - start > 120:
                        sys.exit("the edit never showed")
                    time.sleep(0.002)
                shown.append((time.perf_counter() - start) * 1000)
            if settle:
                time.sleep(0.5)
            return shown

        body, front, listing = [], [], []
        for i in range(runs):
            marker = f"Ändring nummer {i} {time.time_ns()}"
            body += until(marker, [url], original + f"\n\n{marker}\n")
            marker = f"Rubrik {i} {time.time_ns()}"
            new = original.replace(title.group(0), f'titel: "{title.group(1)} {marker}"', 1)
            page, listed = until(marker, [url, home], new)
            front.append(page)
            listing.append(listed)
            # Back to the original title before the next body edit, which
            # must change the body only.
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
            while marker in fetch(home):
                time.sleep(0.05)
            # Let that rebuild end (its open data comes after the pages)
            # before the next edit, as after every edit above.
            time.sleep(0.5)
        # Five title edits 0.5 s apart, each timed until its page and the
        # home page show it (an edit is late when the one before took more
        # than 0.5 s to show).
        row_page, row_home = [], []
        first = time.perf_counter()
        for i in range(5):
            time.sleep(max(0.0, first + 0.5 * i - time.perf_counter()))
            marker = f"Radrubrik{i}x{time.time_ns()}"
            new = original.replace(title.group(0), f'titel: "{title.group(1)} {marker}"', 1)
            page, listed = until(marker, [url, home], new, settle=False)
            row_page.append(page)
            row_home.append(listed)
        found = search_latency(port, marker) if search else None
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        time.sleep(0.5)

        def gone(text, urls, remove):
            start = time.perf_counter()
            os.remove(remove)
            shown = []
            for u in urls:
                while text in fetch(u):
                    if time.perf_counter() - start > 120:
                        sys.exit("the deletion never showed")
                    time.sleep(0.002)
                shown.append((time.perf_counter() - start) * 1000)
            time.sleep(0.5)
            return shown

        # A new document (the first one under another name, with another
        # title), until its page and the home page show it; then deleted,
        # until its page is gone and the home page no longer lists it.
        added, added_home, deleted, deleted_home = [], [], [], []
        for i in range(runs):
            marker = f"Nytt dokument {i} {time.time_ns()}"
            new = os.path.join(folder, f"zz-ny-{i}.md")
            new_url = f"http://127.0.0.1:{port}/strategi/zz-ny-{i}/"
            text = original.replace(title.group(0), f'titel: "{marker}"', 1)
            page, listed = until(marker, [new_url, home], text, to=new)
            added.append(page)
            added_home.append(listed)
            page, listed = gone(marker, [new_url, home], new)
            deleted.append(page)
            deleted_home.append(listed)
        new_doc = (statistics.median(added), statistics.median(added_home),
                   statistics.median(deleted), statistics.median(deleted_home))
        print(f"new document: its page {new_doc[0]:.0f} ms, home page {new_doc[1]:.0f} ms; "
              f"deleted: its page gone {new_doc[2]:.0f} ms, home page {new_doc[3]:.0f} ms",
              file=sys.stderr)
        return (statistics.median(body), statistics.median(front), statistics.median(listing),
                row_page, row_home, found) + new_doc
    finally:
        server.terminate()
        server.wait()


def search_latency(port, word):
    """Ms from now until a query of the preview's Swedish search index finds
    `word` (None when Node is not installed)."""
    node = shutil.which("node")
    if not node:
        return None
    query = os.path.join(ROOT, "tests", "a11y", "query.mjs")
    start = time.perf_counter()
    while True:
        p = subprocess.run([node, query, f"http://127.0.0.1:{port}/pagefind/sv/", word],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if word in p.stdout:
            return (time.perf_counter() - start) * 1000
        if time.perf_counter() - start > 600:
            sys.exit("the search never found the edit")
        time.sleep(0.1)


SEARCH_OFF = "\n[search]\nenabled = false\n"


def set_search(site, on):
    """Turns the search index of a generated styrdok site on or off."""
    path = os.path.join(site, "site.toml")
    text = open(path, encoding="utf-8").read().replace(SEARCH_OFF, "")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if on else text + SEARCH_OFF)


def main():
    global STYRDOK
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--langs", default="sv,en")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="keep the corpora in this folder")
    ap.add_argument("--search", action="store_true", help="also build styrdok's search index")
    ap.add_argument("--styrdok", default=STYRDOK, help="the styrdok binary to time (another "
                    "build's, to compare; default: this tree's release build)")
    ap.add_argument("--pagefind", default=PAGEFIND, help="Pagefind's CLI, run on Hugo's output with "
                    "--search (default: the npm package installed beside this script)")
    ap.add_argument("--out-root", help="write every tool's output under this folder (e.g. /dev/shm "
                    "for a RAM disk, to time the work without the disk)")
    args = ap.parse_args()
    STYRDOK = args.styrdok
    if not os.path.exists(STYRDOK):
        sys.exit("build styrdok first: cargo build --release")
    hugo, zola = shutil.which("hugo"), shutil.which("zola")
    if args.search and hugo and not os.path.exists(args.pagefind):
        sys.exit(f"no Pagefind CLI at {args.pagefind}, to index Hugo's output with --search: "
                 "npm install --prefix benches --no-save pagefind@1.6.0")
    pagefind = args.pagefind if args.search else None
    work = args.keep or tempfile.mkdtemp(prefix="styrdok-bench-")
    # On the same file system as the outputs, so moving one aside is a rename.
    trash = os.path.join(args.out_root or work, "trash")
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        sites = {}
        for fmt in ["styrdok"] + (["hugo"] if hugo else []) + (["zola"] if zola else []):
            d = os.path.join(work, f"{fmt}-{n}")
            if not os.path.exists(d):
                subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--docs", str(n), "--langs",
                                args.langs, "--seed", str(args.seed), "--format", fmt, d], check=True,
                               stdout=subprocess.DEVNULL)
            sites[fmt] = d
            if fmt == "styrdok":
                set_search(d, args.search)
        pages = None
        for fmt, d in sites.items():
            out = os.path.join(args.out_root, f"{fmt}-{n}") if args.out_root else os.path.join(d, "public")

            def build():
                if fmt == "styrdok":
                    return timed([STYRDOK, "build", "--timings", "--root", d, "--output", out])
                if fmt == "hugo":
                    made = timed([hugo, "--quiet", "-s", d, "-d", out])
                    if pagefind:
                        indexed.append((made, timed([pagefind, "--site", out])))
                    return made
                return timed([zola, "--root", d, "build", "--force", "--output-dir", out])

            def cold():
                # Moved aside, not deleted: on a file system that holds
                # back freshly freed inodes (ext4 without a journal does,
                # for about 30 s), creating files right after deleting
                # tens of thousands is several times slower, which would
                # time the deletion, not the build. Removed at the end.
                if os.path.exists(out):
                    os.makedirs(trash, exist_ok=True)
                    os.rename(out, os.path.join(trash, f"{fmt}-{n}-{len(os.listdir(trash))}"))
                return build()

            STAGES.clear()
            # Hugo's builds, each with Pagefind's run on its output (--search).
            indexed = []
            full = median_runs(args.runs, cold)
            indexed_full = medians([one_after_the_other(*r) for r in indexed]) if indexed else None
            indexed.clear()
            if fmt == "styrdok":
                print(f"{n} docs, styrdok full build, median ms per stage (--timings): "
                      + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in STAGES.items()),
                      file=sys.stderr)
            STAGES.clear()
            again = median_runs(args.runs, build)
            indexed_again = medians([one_after_the_other(*r) for r in indexed]) if indexed else None
            if fmt == "styrdok":
                print(f"{n} docs, styrdok no-change rebuild, median ms per stage: "
                      + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in STAGES.items()),
                      file=sys.stderr)
            if fmt == "styrdok":
                pages = sum(len([f for f in fs if f.endswith(".html")]) for _, _, fs in os.walk(out))
            if args.out_root:
                # A RAM disk holds back nothing: free its memory at once.
                shutil.rmtree(trash, ignore_errors=True)
            edit = edit_latency(d, max(args.runs, 5), args.search) if fmt == "styrdok" else None
            rows.append((n, fmt, full, again, edit))
            if indexed_full:
                rows.append((n, "hugo + pagefind", indexed_full, indexed_again, None))
                print(f"{n} docs, hugo + pagefind: full {indexed_full[0]:.2f} s ({indexed_full[2]:.2f} s CPU, "
                      f"{indexed_full[1]:.0f} MiB), no-change {indexed_again[0]:.2f} s", file=sys.stderr)
            print(f"{n} docs, {fmt}: full {full[0]:.2f} s ({full[2]:.2f} s CPU, {full[1]:.0f} MiB), "
                  f"no-change {again[0]:.2f} s ({again[1]:.0f} MiB)"
                  + (f", edit {edit[0]:.0f} ms, title {edit[1]:.0f} ms (home page {edit[2]:.0f} ms), "
                     f"five titles 0.5 s apart: pages {', '.join(f'{t:.0f}' for t in edit[3])} ms, "
                     f"home page {', '.join(f'{t:.0f}' for t in edit[4])} ms"
                     + (f", search found the last {edit[5]:.0f} ms later" if edit[5] is not None else "")
                     if edit is not None else ""), file=sys.stderr)
        print(f"(styrdok wrote {pages} pages for {n} documents)", file=sys.stderr)
    print("\n| documents | tool | full build (CPU: user + system) | peak memory | no-change rebuild "
          "| body edit (serve) | title edit: its page / home page "
          "| 5 title edits 0.5 s apart: page / home page, median (slowest) | search finds it "
          "| new document: its page / home page | deleted document: its page gone / home page |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, fmt, full, again, edit in rows:
        if edit is None:
            e = "– | – | – | – | – | –"
        else:
            m = lambda ts: f"{statistics.median(ts):.0f} ({max(ts):.0f}) ms"
            found = f"{edit[5] / 1000:.1f} s" if edit[5] is not None else "–"
            e = (f"{edit[0]:.0f} ms | {edit[1]:.0f} ms / {edit[2]:.0f} ms "
                 f"| {m(edit[3])} / {m(edit[4])} | {found} "
                 f"| {edit[6]:.0f} ms / {edit[7]:.0f} ms | {edit[8]:.0f} ms / {edit[9]:.0f} ms")
        print(f"| {n:,} | {fmt} | {full[0]:.2f} s ({full[2]:.2f} s CPU) | {full[1]:.0f} MiB | {again[0]:.2f} s | {e} |")
    search = " --search" if args.search else ""
    search += f" --out-root {args.out_root}" if args.out_root else ""
    search += f" --styrdok {args.styrdok}" if args.styrdok != os.path.join(ROOT, "target", "release", "styrdok") else ""
    print(f"\nmedians of {args.runs} runs; `python3 benches/bench.py --sizes {args.sizes} --runs {args.runs}{search}`; "
          f"{os.cpu_count()} cores; styrdok's search index {'on' if args.search else 'off'}")
    shutil.rmtree(trash, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
