#!/usr/bin/env bash
# opedb benchmark: ingest and search against the engine's limit, sqlite3, ripgrep and sqlite-utils.
#
# Usage: Benchmarks/run.sh [N ...]        (default: 1000 10000 100000)
#
# For each N it generates (or reuses) a deterministic corpus in Benchmarks/corpus-N/, then in one
# run on this machine:
#   - times `opedb add` of the whole folder (articles/s, peak RSS, archive size vs corpus bytes);
#   - times the engine's limit: Benchmarks/engine_limit.c, a minimal C loader inserting the same
#     titles and bodies into a plain table plus an external-content FTS5 table (explicit FTS
#     inserts, one transaction, no parsing);
#   - times sqlite-utils insert + enable-fts when it is installed (pip install sqlite-utils);
#   - times searches (hyperfine -N, median ms) for a rare word, a common word (~40% of articles),
#     a very common word (~98%), a phrase and a prefix: `opedb search` against the sqlite3 shell on
#     the engine-limit database and ripgrep over the files;
# and prints one Markdown table per N, also written to Benchmarks/results-N.md.
#
# Needs: swift, cc, sqlite3, hyperfine, rg, python3, /usr/bin/time (apt-get install hyperfine ripgrep time).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)

for tool in cc sqlite3 hyperfine rg python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "benchmark: needs $tool (apt-get install hyperfine ripgrep time)" >&2; exit 2; }
done

echo "benchmark: building the release binary (static Swift stdlib)" >&2
(cd "$root" && swift build -c release --static-swift-stdlib --scratch-path .build-static >/dev/null)
opedb="$root/.build-static/release/opedb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/engine_limit" "$here/engine_limit.c" -lsqlite3

median() { python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median']*1000))" "$1"; }
timeit() { # command and arguments → median ms (arguments quoted for hyperfine's own splitting)
  local out="$work/h.json"
  local cmd
  cmd=$(python3 -c 'import shlex,sys; print(shlex.join(sys.argv[1:]))' "$@")
  hyperfine -N -w 3 -r "${RUNS:-20}" --export-json "$out" -- "$cmd" >/dev/null 2>&1 || { echo "n/a"; return; }
  median "$out"
}
ratio() { python3 -c "import sys; a,b=sys.argv[1],sys.argv[2]; print('%.2f' % (float(a)/float(b)) if a not in ('n/a','') and b not in ('n/a','','0') else 'n/a')" "$1" "$2"; }

for n in "${sizes[@]}"; do
  corpus="$here/corpus-$n"
  if [ ! -f "$corpus/titles-bodies.tsv" ]; then
    echo "benchmark: generating $n articles" >&2
    rm -rf "$corpus"
    python3 "$here/generate_corpus.py" "$n" "$corpus" >/dev/null 2>&1
  fi
  corpus_bytes=$(du -sb "$corpus/articles" | cut -f1)

  # opedb add
  db="$work/opedb-$n.sqlite"
  "$opedb" init --database "$db" >/dev/null
  echo "benchmark: opedb add of $n articles" >&2
  /usr/bin/time -v "$opedb" add -q "$corpus/articles" --database "$db" >/dev/null 2>"$work/time.txt"
  add_s=$(python3 -c "
import re,sys
t=open(sys.argv[1]).read()
m=re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)',t)
h,mn,s=m.groups(); print(int(h or 0)*3600+int(mn)*60+float(s))" "$work/time.txt")
  rss_kb=$(grep "Maximum resident" "$work/time.txt" | awk '{print $NF}')
  "$opedb" optimize --database "$db" >/dev/null 2>&1 || true
  db_bytes=$(stat -c %s "$db")

  # the engine's limit
  edb="$work/engine-$n.sqlite"
  read -r _ engine_s < <("$work/engine_limit" "$edb" "$corpus/titles-bodies.tsv")

  # sqlite-utils, when installed
  su_s="n/a"
  if command -v sqlite-utils >/dev/null 2>&1; then
    python3 - "$corpus/titles-bodies.tsv" "$work/docs.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        title, _, body = line.rstrip("\n").partition("\t")
        un = lambda s: s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
        out.write(json.dumps({"title": un(title), "body": un(body)}) + "\n")
PY
    sdb="$work/su-$n.sqlite"
    start=$(date +%s.%N)
    sqlite-utils insert "$sdb" docs "$work/docs.jsonl" --nl >/dev/null
    sqlite-utils enable-fts "$sdb" docs title body --tokenize "porter unicode61 remove_diacritics 2" >/dev/null
    su_s=$(python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$start" "$(date +%s.%N)")
  fi

  # query words by document frequency in the engine database
  IFS='|' read -r rare common very phrase prefix < <(python3 - "$edb" "$n" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2])
db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, docs_fts, 'row')")
def pick(lo, hi, minlen=5):
    row = db.execute("SELECT term FROM temp.v WHERE doc BETWEEN ? AND ? AND length(term) >= ? AND term GLOB '[a-z]*' "
                     "ORDER BY abs(doc - ?) LIMIT 1", (lo, hi, minlen, (lo + hi) / 2)).fetchone()
    return row[0] if row else "the"
rare = pick(1, max(3, n // 5000), 6)
common = pick(int(n * 0.35), int(n * 0.45), 4)
very = pick(int(n * 0.95), n, 3)
print("|".join([rare, common, very, '"prime minister"', common[:4] + "*"]))
PY
)
  echo "benchmark: searching ($rare, $common, $very, $phrase, $prefix)" >&2
  rows=""
  for q in "$rare" "$common" "$very" "$phrase" "$prefix"; do
    sql="SELECT rowid, title, snippet(docs_fts, -1, '[', ']', '…', 24) FROM docs_fts WHERE docs_fts MATCH '${q//\'/\'\'}' ORDER BY rank LIMIT 10"
    t_opedb=$(timeit "$opedb" search --database "$db" --limit 10 "$q")
    t_sqlite=$(timeit sqlite3 "$edb" "$sql")
    rg_pattern="${q//\"/}"; rg_pattern="${rg_pattern%\*}"
    t_rg=$(timeit rg -l -i -F "$rg_pattern" "$corpus/articles")
    rows+="| search \`$q\` (ms, median) | $t_opedb | $t_sqlite | $(ratio "$t_opedb" "$t_sqlite") | rg $t_rg |"$'\n'
  done

  add_rate=$(python3 -c "import sys; print(int(int(sys.argv[1])/float(sys.argv[2])))" "$n" "$add_s")
  engine_rate=$(python3 -c "import sys; print(int(int(sys.argv[1])/float(sys.argv[2])))" "$n" "$engine_s")
  su_rate="n/a"; [ "$su_s" != "n/a" ] && su_rate=$(python3 -c "import sys; print(int(int(sys.argv[1])/float(sys.argv[2])))" "$n" "$su_s")
  table="### $n articles ($(python3 -c "print(round($corpus_bytes/1e6,1))") MB of files)

| measure | opedb | engine / sqlite3 | ratio | other |
|---|---|---|---|---|
| ingest (articles/s) | $add_rate | $engine_rate | $(ratio "$add_rate" "$engine_rate") | sqlite-utils $su_rate |
| ingest peak RSS (MB) | $((rss_kb / 1024)) | | | |
| archive size / corpus bytes | $(ratio "$db_bytes" "$corpus_bytes") | | | |
$rows"
  echo "$table" | tee "$here/results-$n.md"
  echo
done
