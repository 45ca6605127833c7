#!/usr/bin/env bash
# Crash safety: kill -9 an `opedb add` at random moments, again and again, on the same archive.
# After every kill `opedb check` must pass (SQLite integrity, foreign keys, the FTS5 index against
# the content, every stored article whole: authors, source, search facts); at the end, re-running
# the same add must complete the rest with no duplicates.
#
# Usage: Tests/Reliability/crash.sh [N articles, default 5000] [kills, default 10]
# CI runs a short version on the debug build: OPEDB_BIN=.build/debug/opedb crash.sh 1500 3
set -euo pipefail
n="${1:-5000}"
kills="${2:-10}"
db_name=crash.sqlite
source "$(dirname "$0")/setup.sh"

# How long a whole add takes, to aim the kills inside it.
"$opedb" init --database "$work/probe.sqlite" >/dev/null
start=$(date +%s%N)
"$opedb" add -q "$work/corpus/articles" --database "$work/probe.sqlite" >/dev/null
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "crash: a full add of $n articles takes ${full_ms} ms; killing $kills times"

for k in $(seq 1 "$kills"); do
  stored=$(sqlite3 "$db" "SELECT count(*) FROM articles")
  # Aim inside the work that is left: past the quick re-check of what is stored, before the end.
  skip=$(( full_ms * stored / n / 3 + full_ms / 8 ))
  window=$(( full_ms * (n - stored) / n ))
  "$opedb" add -q "$work/corpus/articles" --database "$db" >/dev/null 2>&1 &
  pid=$!
  delay_ms=$(( skip + RANDOM % (window > 100 ? window : 100) ))
  sleep "$(printf '0.%03d' $((delay_ms % 1000)))"
  [ $delay_ms -ge 1000 ] && sleep $((delay_ms / 1000))
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  stored=$(sqlite3 "$db" "SELECT count(*) FROM articles")
  if ! "$opedb" check --database "$db" >"$work/check.txt" 2>&1; then
    echo "crash: kill $k at ${delay_ms} ms: check FAILED"; cat "$work/check.txt"; exit 1
  fi
  echo "crash: kill $k at ${delay_ms} ms: $stored articles stored, check passed"
done

"$opedb" add -q "$work/corpus/articles" --database "$db" >/dev/null
read -r total distinct < <(sqlite3 -separator ' ' "$db" "SELECT count(*), count(DISTINCT coalesce(url, content_hash)) FROM articles")
"$opedb" check --database "$db" >/dev/null
if [ "$total" -ne "$n" ] || [ "$distinct" -ne "$n" ]; then
  echo "crash: after the final add: $total articles, $distinct distinct identities; expected $n"; exit 1
fi
echo "crash: final add completed: $total articles, no duplicates, check passed"
