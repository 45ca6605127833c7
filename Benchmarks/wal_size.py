#!/usr/bin/env python3
"""The archive's size on disk during and after `opedb optimize` while others write.

`optimize` merges the index (FTS5 'optimize'), runs ANALYZE and VACUUM. In WAL mode each step's
pages go to the WAL first, and while other connections read and write, checkpoints cannot always
reset it: the WAL grows by the index's size and then by the whole archive's. This script builds
an archive of N generated articles, then runs `optimize` while W writers add one article at a
time in a loop and one reader searches in a loop, sampling every 20 ms the bytes on disk of the
archive, its -wal and -shm (allocated blocks, as `du` counts them). It prints one Markdown row
per binary: the archive before, the largest size during `optimize`, the size when `optimize`
returned, and after the writers stopped and a last command ran.

Usage: wal_size.py N [--writers W] BINARY [BINARY ...]
       (each binary gets a copy of the same starting archive; the corpus is generated once in a
       temporary folder with generate_corpus.py)
"""
import argparse, os, shutil, subprocess, sys, tempfile, threading, time

here = os.path.dirname(os.path.abspath(__file__))


def on_disk(db):
    total = 0
    for suffix in ("", "-wal", "-shm"):
        try:
            total += os.stat(db + suffix).st_blocks * 512
        except FileNotFoundError:
            pass
    return total


def mb(n):
    return "%.1f MB" % (n / 1048576)


def writer(binary, db, folder, index, stop, counts):
    n = 0
    while not stop.is_set():
        path = os.path.join(folder, "w%d-%d.md" % (index, n))
        with open(path, "w") as f:
            f.write("# Writer %d note %d\n\nBy Ines Varga\n\nA short note number %d from writer %d.\n\n"
                    "Original url: https://example.org/w%d/%d\n" % (index, n, n, index, index, n))
        subprocess.run([binary, "add", "-q", "--database", db, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        n += 1
    counts[index] = n


def reader(binary, db, stop):
    while not stop.is_set():
        subprocess.run([binary, "search", "--database", db, "harbour", "--limit", "5"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure(binary, base, work, writers):
    db = os.path.join(work, "measure.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copy(base, db)
    before = on_disk(db)
    notes = os.path.join(work, "notes")
    shutil.rmtree(notes, ignore_errors=True)
    os.makedirs(notes)
    stop = threading.Event()
    counts = {}
    threads = [threading.Thread(target=writer, args=(binary, db, notes, i, stop, counts)) for i in range(writers)]
    threads.append(threading.Thread(target=reader, args=(binary, db, stop)))
    for t in threads:
        t.start()
    time.sleep(1.0)
    peak = on_disk(db)
    proc = subprocess.Popen([binary, "optimize", "--database", db], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while proc.poll() is None:
        peak = max(peak, on_disk(db))
        time.sleep(0.02)
    returned = on_disk(db)
    wal_returned = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
    time.sleep(1.0)
    stop.set()
    for t in threads:
        t.join()
    # One more write once the others are gone (its checkpoint can now finish).
    subprocess.run([binary, "add", "-q", "--database", db, os.path.join(notes, "w0-0.md")], stdout=subprocess.DEVNULL)
    settled = on_disk(db)
    wal_settled = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
    return before, peak, returned, wal_returned, settled, wal_settled, sum(counts.values()), proc.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--writers", type=int, default=2)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="opedb-wal-")
    try:
        corpus = os.path.join(work, "corpus")
        subprocess.run([sys.executable, os.path.join(here, "generate_corpus.py"), str(args.n), corpus],
                       check=True, stdout=subprocess.DEVNULL)
        base = os.path.join(work, "base.sqlite")
        first = args.binaries[0]
        subprocess.run([first, "init", "--database", base], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([first, "add", "-q", "--database", base, os.path.join(corpus, "articles")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The starting archive without a WAL: every binary starts from the same file.
        subprocess.run(["sqlite3", base, "PRAGMA wal_checkpoint(TRUNCATE)"], check=True, stdout=subprocess.DEVNULL)
        print("| binary | articles | archive before | largest during optimize | when optimize returned (WAL) | after the writers stopped (WAL) | articles written meanwhile |")
        print("|---|---|---|---|---|---|---|")
        for binary in args.binaries:
            before, peak, returned, walr, settled, wals, written, rc = measure(binary, base, work, args.writers)
            status = "" if rc == 0 else " (optimize exit %d)" % rc
            print("| %s%s | %d | %s | %s | %s (%s) | %s (%s) | %d |" % (
                binary, status, args.n, mb(before), mb(peak), mb(returned), mb(walr), mb(settled), mb(wals), written))
            sys.stdout.flush()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
