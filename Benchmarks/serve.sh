#!/usr/bin/env bash
# `opedb serve` under load, against Datasette serving the same archive, in the same run.
#
# Usage: Benchmarks/serve.sh [N] [SECONDS]     (default: 10000 articles, 10 s per measurement)
#
# Generates (or reuses) the deterministic corpus Benchmarks/corpus-N/, adds it to an archive
# with the release build (kept as Benchmarks/corpus-N/serve.sqlite and reused while the binary's
# schema matches: adding 100,000 articles takes minutes), then runs wrk (64 connections,
# 2 threads) against:
#   - opedb serve: /search?q=… , the whole HTML page (ranked results, snippets, facets over
#     every match, paging);
#   - datasette (pip install datasette), the same file opened immutable: its full-text search
#     page /DB/articles?_search=…&_searchmode=raw&_size=10 with the title, date and URL columns
#     (raw: FTS5's own syntax, so phrases and prefixes mean what they mean to opedb; its own
#     defaults otherwise: count of matches, facet suggestions).
# Two workloads:
#   - repeated: one search asked over and over (a rare word, a common word ~40% of articles,
#     a phrase, and the three in turn) — what a shared link or a polling client does, and what
#     opedb's page cache is for;
#   - varied: 20,000 distinct searches (rare, medium and common words, prefixes, phrases taken
#     from the articles, some on their second page or by date), each wrk thread taking every
#     other one, so no search is asked twice in a run and the cache cannot answer.
# Then the cost of one request, alone (wrk with one connection, opedb started with --cache 0):
# the HTML page against its JSON twin, with and without facets.
# Both listen on loopback only; wrk sends nothing elsewhere and stops by itself.
# Writes the Markdown tables to Benchmarks/serve-results-N.md.
# By Little's law the mean latency at 64 busy connections is 64 / throughput: p99 under 50 ms
# needs more than 1,280 requests/s.
#
# Needs: swift, wrk, datasette, python3 (apt-get install wrk; pip install datasette).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
n="${1:-10000}"
seconds="${2:-10}"
connections=64

for tool in wrk datasette python3 curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "serve-benchmark: needs $tool (apt-get install wrk; pip install datasette)" >&2; exit 2; }
done

echo "serve-benchmark: building the release binaries" >&2
(cd "$root" && swift build -c release --scratch-path .build-release --product opedb >/dev/null \
  && swift build -c release --scratch-path .build-release --product opedb-serve >/dev/null)
opedb="$root/.build-release/release/opedb"

work="$(mktemp -d)"
pids=()
cleanup() {
  # Datasette can sit on a long full-text query after SIGTERM: SIGKILL whatever is left after 2 s.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 2
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

corpus="$here/corpus-$n"
if [ ! -d "$corpus/articles" ]; then
  echo "serve-benchmark: generating $n articles" >&2
  rm -rf "$corpus"
  python3 "$here/generate_corpus.py" "$n" "$corpus" >/dev/null 2>&1
fi
db="$corpus/serve.sqlite"
if ! "$opedb" stats --database "$db" >/dev/null 2>&1; then
  echo "serve-benchmark: adding $n articles to $db" >&2
  rm -f "$db" "$db-wal" "$db-shm"
  "$opedb" init --database "$db" >/dev/null
  "$opedb" add -q "$corpus/articles" --database "$db" >/dev/null
  "$opedb" optimize --database "$db" >/dev/null
fi

# The searches, from the archive's own index and text: words by how many articles hold them,
# prefixes of common words, and phrases (adjacent words of the articles that occur in several).
python3 - "$db" "$n" "$work" <<'PY'
import random, re, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2]); work = sys.argv[3]
db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_fts, 'row')")
def terms(lo, hi, minlen):
    return [t for (t,) in db.execute("SELECT term FROM temp.v WHERE doc BETWEEN ? AND ? AND length(term) >= ? "
                                     "AND term GLOB '[a-z]*' AND term NOT GLOB '*[^a-z]*' ORDER BY term", (lo, hi, minlen))]
def pick(lo, hi, minlen):
    row = db.execute("SELECT term FROM temp.v WHERE doc BETWEEN ? AND ? AND length(term) >= ? AND term GLOB '[a-z]*' "
                     "ORDER BY abs(doc - ?) LIMIT 1", (lo, hi, minlen, (lo + hi) / 2)).fetchone()
    return row[0] if row else "the"
rare, common = pick(2, max(5, n // 2000), 6), pick(int(n * 0.35), int(n * 0.45), 4)
open(f"{work}/repeated.txt", "w").write(f"{rare}\n{common}\n\"prime minister\"\n")
rnd = random.Random(20261201)
rare_words = terms(2, max(5, n // 1000), 5)
medium_words = terms(max(6, n // 200), n // 20, 4)
common_words = terms(n // 10, n, 4)
prefixes = sorted({w[:4] + "*" for w in medium_words + common_words if len(w) >= 6})
pairs = {}
for (body,) in db.execute("SELECT body FROM articles ORDER BY id LIMIT 2000"):
    words = re.findall(r"[a-z]{4,}", body.lower())
    for a, b in zip(words, words[1:]):
        pairs[(a, b)] = pairs.get((a, b), 0) + 1
phrases = sorted('"%s %s"' % p for p, c in pairs.items() if c >= 3)
def sample(items, k):
    items = list(items); rnd.shuffle(items)
    return (items * (k // max(len(items), 1) + 1))[:k]
total = 20000
mix = (sample(rare_words, total * 35 // 100) + sample(medium_words, total * 25 // 100) + sample(common_words, total * 10 // 100)
       + sample(prefixes, total * 10 // 100) + sample(phrases, total * 20 // 100))
rnd.shuffle(mix)
# A search repeated (the lists are shorter than their share) goes to a later page or to a date
# order, so that every one of the 20,000 is distinct.
seen, out = set(), []
for q in mix:
    variant = 0
    while (q, variant) in seen: variant += 1
    seen.add((q, variant))
    out.append((q, variant))
with open(f"{work}/varied.txt", "w") as f:
    for q, variant in out: f.write(f"{q}\t{variant}\n")
print(f"serve-benchmark: {len(out)} varied searches ({len(rare_words)} rare, {len(medium_words)} medium, "
      f"{len(common_words)} common words, {len(prefixes)} prefixes, {len(phrases)} phrases)", file=sys.stderr)
PY
mapfile -t repeated <"$work/repeated.txt"
rare="${repeated[0]}"; common="${repeated[1]}"; phrase="${repeated[2]}"
echo "serve-benchmark: repeated searches: $rare, $common, $phrase" >&2

# Paths for both servers: opedb's page, Datasette's page, for a search and its variant
# (0: first page by relevance; 1: second page; 2: newest first; 3…: page 3, 4…).
python3 - "$work" <<'PY'
import sys, urllib.parse
work = sys.argv[1]
def paths(q, variant):
    e = urllib.parse.quote_plus(q)
    o = f"/search?q={e}"
    d = f"/archive/articles?_search={e}&_searchmode=raw&_size=10&_col=title&_col=published_on&_col=url"
    if variant == 2:
        o += "&sort=newest"; d += "&_sort_desc=published_on"
    elif variant >= 1:
        offset = 10 * (variant if variant == 1 else variant - 1)
        o += f"&offset={offset}"; d += f"&_next={offset}"
    return o, d
for name in ("repeated", "varied"):
    rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/{name}.txt")]
    with open(f"{work}/{name}.opedb", "w") as fo, open(f"{work}/{name}.datasette", "w") as fd:
        for row in rows:
            o, d = paths(row[0], int(row[1]) if len(row) > 1 else 0)
            fo.write(o + "\n"); fd.write(d + "\n")
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_opedb() { # extra options… → sets opedb_base
  "$opedb" serve --database "$db" --port 0 "$@" >"$work/opedb.out" 2>"$work/opedb.err" &
  opedb_pid=$!
  pids+=($opedb_pid)
  opedb_base=""
  for _ in $(seq 1 100); do
    opedb_base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/opedb.out" 2>/dev/null || true)
    [ -n "$opedb_base" ] && break
    sleep 0.1
  done
  [ -n "$opedb_base" ] || { echo "serve-benchmark: opedb serve did not start: $(cat "$work/opedb.err")" >&2; exit 1; }
}
stop_opedb() { kill "$opedb_pid" 2>/dev/null || true; wait "$opedb_pid" 2>/dev/null || true; }

# Datasette works through its backlog of timed-out searches long after wrk stops (CPU-bound
# Python): it is restarted after each of its measurements, so that backlog never runs beside
# the next measurement of opedb (it did until 2026-12-02, and cost opedb half the machine).
start_datasette() {
  dport=$(free_port)
  datasette serve --immutable "$db" --host 127.0.0.1 --port "$dport" >"$work/datasette.log" 2>&1 &
  ds_pid=$!
  pids+=($ds_pid)
  ds_base="http://127.0.0.1:$dport"
  for _ in $(seq 1 150); do
    curl -fs "$ds_base/-/versions.json" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "$ds_base/-/versions.json" >/dev/null || { echo "serve-benchmark: datasette did not start" >&2; cat "$work/datasette.log" >&2; exit 1; }
}
stop_datasette() { kill -9 "$ds_pid" 2>/dev/null || true; wait "$ds_pid" 2>/dev/null || true; }

start_opedb
start_datasette
# Datasette names the database after the file.
ds_db=$(basename "$db" .sqlite)
sed -i "s|^/archive/|/$ds_db/|" "$work/repeated.datasette" "$work/varied.datasette"

# Sanity: both answer 200 with matches.
while read -r p; do
  curl -fs "$opedb_base$p" | grep -q 'class="results"' || { echo "serve-benchmark: opedb found nothing for $p" >&2; exit 1; }
done <"$work/repeated.opedb"
while read -r p; do
  curl -fs "$ds_base$p" >/dev/null || { echo "serve-benchmark: datasette failed for $p" >&2; exit 1; }
done <"$work/repeated.datasette"

# wrk with a Lua script: each thread takes every other path of the file, from its own start.
cat >"$work/paths.lua" <<'LUA'
local list = os.getenv("WRK_PATHS")
local threads = 0
function setup(thread) thread:set("first", threads); threads = threads + 1 end
function init(args)
  paths = {}
  for line in io.lines(list) do paths[#paths + 1] = line end
  i = first or 0
end
function request()
  local p = paths[i % #paths + 1]
  i = i + 2
  return wrk.format("GET", p)
end
LUA

measure() { # base paths-file [connections] [threads] → "requests/s|p50 ms|p99 ms|non-2xx"
  local base="$1" list="$2" c="${3:-$connections}" t="${4:-2}"
  # A 10 s request timeout (wrk's default is 2 s): a slow server's answers still count as answers.
  WRK_PATHS="$list" wrk -t"$t" -c"$c" -d"${seconds}s" --timeout 10s --latency -s "$work/paths.lua" "$base" >"$work/wrk.txt" 2>&1 || true
  python3 - "$work/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + re.escape(label) + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return "n/a"
    v = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    return "%.1f" % v
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
done = re.search(r"(\d+) requests in", text)
if done and done.group(1) == "0":  # nothing answered within the run: no latency to report
    print("0|—|—|all timed out"); sys.exit(0)
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*?timeout (\d+)", text)
print("|".join([("%.0f" % float(rps.group(1))) if rps else "n/a", ms("50%"), ms("99%"),
                (bad.group(1) if bad else "0") + ((" (+%s timeouts)" % errors.group(1)) if errors and errors.group(1) != "0" else "")]))
PY
}

out="$here/serve-results-$n.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "### opedb serve vs Datasette, $n articles"
  echo
  echo "wrk, $connections connections, 2 threads, ${seconds} s each, loopback, $(nproc) cores; $(date -u +%Y-%m-%d); load average before the run: $load_before."
  echo "opedb: the /search HTML page (10 results with snippets, facets over all matches); Datasette $(datasette --version | awk '{print $3}'): /DB/articles?_search=…&_searchmode=raw&_size=10 (immutable)."
  echo
  echo "| workload | opedb req/s | opedb p50 ms | opedb p99 ms | Datasette req/s | Datasette p50 ms | Datasette p99 ms | throughput ratio | non-2xx (opedb / Datasette) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} >"$out"

row() { # label opedb-paths datasette-paths
  echo "serve-benchmark: $1" >&2
  IFS='|' read -r o_rps o_p50 o_p99 o_bad < <(measure "$opedb_base" "$2")
  IFS='|' read -r d_rps d_p50 d_p99 d_bad < <(measure "$ds_base" "$3")
  stop_datasette
  start_datasette
  ratio=$(python3 -c "import sys; a,b=sys.argv[1:]; print('%.1f×' % (float(a)/float(b)) if a!='n/a' and b not in ('n/a','0') else 'n/a')" "$o_rps" "$d_rps")
  echo "| $1 | $o_rps | $o_p50 | $o_p99 | $d_rps | $d_p50 | $d_p99 | $ratio | $o_bad / $d_bad |" >>"$out"
}
one() { sed -n "$2p" "$work/repeated.$1" >"$work/one-$2.$1"; echo "$work/one-$2.$1"; }

row "repeated: rare word ($rare)" "$(one opedb 1)" "$(one datasette 1)"
row "repeated: common word ($common)" "$(one opedb 2)" "$(one datasette 2)"
row "repeated: phrase ($phrase)" "$(one opedb 3)" "$(one datasette 3)"
row "repeated: the three in turn" "$work/repeated.opedb" "$work/repeated.datasette"
row "varied: 20,000 distinct searches" "$work/varied.opedb" "$work/varied.datasette"

# The cost of one request alone, cache off: one connection, so latency is service time.
stop_opedb
start_opedb --cache 0
{
  echo
  echo "One request at a time (wrk, 1 connection, ${seconds} s; opedb serve --cache 0): the mean latency is what one request costs."
  echo
  echo "| search | HTML page ms | JSON twin ms | JSON twin with facets=1 ms |"
  echo "| --- | ---: | ---: | ---: |"
} >>"$out"
mean_ms() { # paths-file → mean latency ms at one connection
  WRK_PATHS="$1" wrk -t1 -c1 -d"${seconds}s" --timeout 10s -s "$work/paths.lua" "$opedb_base" >"$work/wrk1.txt" 2>&1 || true
  python3 -c '
import re, sys
t = open(sys.argv[1]).read()
m = re.search(r"Latency\s+([\d.]+)(us|ms|s)", t)
print("%.2f" % (float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]) if m else "n/a")' "$work/wrk1.txt"
}
cost() { # label paths-file
  echo "serve-benchmark: one at a time: $1" >&2
  sed 's|^/search?|/search.json?|' "$2" >"$work/cost.json"
  sed 's|^/search?|/search.json?facets=1\&|' "$2" >"$work/cost.facets"
  echo "| $1 | $(mean_ms "$2") | $(mean_ms "$work/cost.json") | $(mean_ms "$work/cost.facets") |" >>"$out"
}
cost "rare word ($rare)" "$(one opedb 1)"
cost "common word ($common)" "$(one opedb 2)"
cost "phrase ($phrase)" "$(one opedb 3)"
cost "varied" "$work/varied.opedb"

cat "$out"
