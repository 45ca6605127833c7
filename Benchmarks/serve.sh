#!/usr/bin/env bash
# `opedb serve` under load, against Datasette serving the same archive, in the same run.
#
# Usage: Benchmarks/serve.sh [N] [SECONDS]     (default: 10000 articles, 10 s per measurement)
#
# Generates (or reuses) the deterministic corpus Benchmarks/corpus-N/, adds it to a new archive
# with the release build, then for each search — a rare word, a common word (~40% of articles),
# a phrase, and the three in turn — runs wrk (64 connections, 2 threads) against:
#   - opedb serve: /search?q=… , the whole HTML page (ranked results, snippets, facets over
#     every match, paging);
#   - datasette (pip install datasette), the same file opened immutable: its full-text search
#     page /DB/articles?_search=…&_size=10 with the title, date and URL columns (its own
#     defaults otherwise: count of matches, facet suggestions).
# Both listen on loopback only; wrk sends nothing elsewhere and stops by itself.
# Prints a Markdown table (requests/s, p50, p99, non-2xx) written to Benchmarks/serve-results-N.md.
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

for tool in wrk datasette python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "serve-benchmark: needs $tool (apt-get install wrk; pip install datasette)" >&2; exit 2; }
done

echo "serve-benchmark: building the release binaries" >&2
(cd "$root" && swift build -c release --scratch-path .build-release --product opedb >/dev/null \
  && swift build -c release --scratch-path .build-release --product opedb-serve >/dev/null)
opedb="$root/.build-release/release/opedb"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

corpus="$here/corpus-$n"
if [ ! -d "$corpus/articles" ]; then
  echo "serve-benchmark: generating $n articles" >&2
  rm -rf "$corpus"
  python3 "$here/generate_corpus.py" "$n" "$corpus" >/dev/null 2>&1
fi
db="$work/archive.sqlite"
"$opedb" init --database "$db" >/dev/null
echo "serve-benchmark: adding $n articles" >&2
"$opedb" add -q "$corpus/articles" --database "$db" >/dev/null
"$opedb" optimize --database "$db" >/dev/null

# Query words by how many articles hold them, from the archive's own index.
IFS='|' read -r rare common < <(python3 - "$db" "$n" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2])
db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_fts, 'row')")
def pick(lo, hi, minlen=5):
    row = db.execute("SELECT term FROM temp.v WHERE doc BETWEEN ? AND ? AND length(term) >= ? AND term GLOB '[a-z]*' "
                     "ORDER BY abs(doc - ?) LIMIT 1", (lo, hi, minlen, (lo + hi) / 2)).fetchone()
    return row[0] if row else "the"
print("|".join([pick(2, max(5, n // 2000), 6), pick(int(n * 0.35), int(n * 0.45), 4)]))
PY
)
phrase='"prime minister"'
echo "serve-benchmark: searches: $rare, $common, $phrase" >&2

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

"$opedb" serve --database "$db" --port 0 >"$work/opedb.out" 2>"$work/opedb.err" &
pids+=($!)
opedb_base=""
for _ in $(seq 1 100); do
  opedb_base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/opedb.out" 2>/dev/null || true)
  [ -n "$opedb_base" ] && break
  sleep 0.1
done
[ -n "$opedb_base" ] || { echo "serve-benchmark: opedb serve did not start: $(cat "$work/opedb.err")" >&2; exit 1; }

dport=$(free_port)
datasette serve --immutable "$db" --host 127.0.0.1 --port "$dport" >"$work/datasette.log" 2>&1 &
pids+=($!)
ds_base="http://127.0.0.1:$dport"
for _ in $(seq 1 100); do
  curl -fs "$ds_base/-/versions.json" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$ds_base/-/versions.json" >/dev/null || { echo "serve-benchmark: datasette did not start" >&2; cat "$work/datasette.log" >&2; exit 1; }

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }
opedb_path() { echo "/search?q=$(enc "$1")"; }
ds_path() { echo "/archive/articles?_search=$(enc "$1")&_size=10&_col=title&_col=published_on&_col=url"; }

# Sanity: both answer 200 with matches.
for q in "$rare" "$common" "$phrase"; do
  curl -fs "$opedb_base$(opedb_path "$q")" | grep -q 'class="results"' || { echo "serve-benchmark: opedb found nothing for $q" >&2; exit 1; }
  curl -fs "$ds_base$(ds_path "$q")" >/dev/null || { echo "serve-benchmark: datasette failed for $q" >&2; exit 1; }
done

# wrk with a Lua script that cycles through the given paths.
measure() { # base path… → "requests/s|p50 ms|p99 ms|non-2xx"
  local base="$1"
  shift
  local lua="$work/paths.lua"
  {
    echo "local paths = {"
    for p in "$@"; do printf '  %s,\n' "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$p")"; done
    echo "}"
    echo 'local i = 0'
    echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
  } >"$lua"
  # A 10 s request timeout (wrk's default is 2 s): a slow server's answers still count as answers.
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$lua" "$base" >"$work/wrk.txt" 2>&1 || true
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
{
  echo "### opedb serve vs Datasette, $n articles"
  echo
  echo "wrk, $connections connections, 2 threads, ${seconds} s each, loopback, $(nproc) cores; $(date -u +%Y-%m-%d)."
  echo "opedb: the /search HTML page (10 results with snippets, facets over all matches); Datasette $(datasette --version | awk '{print $3}'): /archive/articles?_search=…&_size=10 (immutable)."
  echo
  echo "| search | opedb req/s | opedb p50 ms | opedb p99 ms | Datasette req/s | Datasette p50 ms | Datasette p99 ms | throughput ratio | non-2xx (opedb / Datasette) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} >"$out"

row() { # label query…
  local label="$1"
  shift
  local op=() dp=()
  for q in "$@"; do op+=("$(opedb_path "$q")"); dp+=("$(ds_path "$q")"); done
  echo "serve-benchmark: $label" >&2
  IFS='|' read -r o_rps o_p50 o_p99 o_bad < <(measure "$opedb_base" "${op[@]}")
  IFS='|' read -r d_rps d_p50 d_p99 d_bad < <(measure "$ds_base" "${dp[@]}")
  ratio=$(python3 -c "import sys; a,b=sys.argv[1:]; print('%.1f×' % (float(a)/float(b)) if a!='n/a' and b not in ('n/a','0') else 'n/a')" "$o_rps" "$d_rps")
  echo "| $label | $o_rps | $o_p50 | $o_p99 | $d_rps | $d_p50 | $d_p99 | $ratio | $o_bad / $d_bad |" >>"$out"
}

row "rare word ($rare)" "$rare"
row "common word ($common)" "$common"
row "phrase ($phrase)" "$phrase"
row "the three in turn" "$rare" "$common" "$phrase"

cat "$out"
