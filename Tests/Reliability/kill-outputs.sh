#!/usr/bin/env bash
# Outputs under kill -9: an `export` or `backup` killed at a random moment leaves either no file
# at its target or the complete file (never a partial one), and a `check` killed at a random
# moment leaves the archive and its WAL byte for byte as they were.
#
# Usage: Tests/Reliability/kill-outputs.sh [N articles, default 3000] [kills of each, default 6]
# CI runs a short version on the debug build: OPEDB_BIN=.build/debug/opedb kill-outputs.sh 1000 3
set -euo pipefail
n="${1:-3000}"
kills="${2:-6}"
db_name=archive.sqlite
source "$(dirname "$0")/setup.sh"
"$opedb" add -q "$work/corpus/articles" --database "$db" >/dev/null
stored=$(sqlite3 "$db" "SELECT count(*) FROM articles")

# Milliseconds a command takes, to aim the kills inside it.
duration() {
  local start; start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# Runs "$@" in the background and kills it ($signal, default SIGKILL) somewhere inside its
# expected duration.
kill_during() {
  local ms=$1; shift
  local sig=${signal:-KILL}
  "$@" >/dev/null 2>&1 &
  local pid=$!
  local delay_ms=$(( RANDOM % (ms > 20 ? ms : 20) ))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -s "$sig" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$delay_ms"
}

fail() { echo "kill-outputs: $*"; exit 1; }

# export: no file, or every article (one JSON line each).
ms=$(duration "$opedb" export --database "$db" --output "$work/probe.jsonl")
rm -f "$work/probe.jsonl"
for k in $(seq 1 "$kills"); do
  rm -f "$work/out.jsonl"
  at=$(kill_during "$ms" "$opedb" export --database "$db" --output "$work/out.jsonl")
  if [ -e "$work/out.jsonl" ]; then
    lines=$(wc -l < "$work/out.jsonl")
    [ "$lines" -eq "$stored" ] || fail "export killed at ${at} ms left a partial file ($lines of $stored lines)"
    echo "kill-outputs: export killed at ${at} ms: complete file ($lines lines)"
  else
    echo "kill-outputs: export killed at ${at} ms: no file"
  fi
done

# export stopped by SIGTERM or Ctrl-C: the same, and its temporary file removed too (kill -9
# cannot be caught: the temporary files of the runs above stay, never at the target name).
echo "kill-outputs: $(find "$work" -maxdepth 1 -name '.out.jsonl.opedb-*.tmp' | wc -l) temporary files left by kill -9"
for k in $(seq 1 "$kills"); do
  rm -f "$work/out.jsonl" "$work"/.out.jsonl.opedb-*.tmp
  sig=$([ $((k % 2)) -eq 0 ] && echo INT || echo TERM)
  at=$(signal=$sig kill_during "$ms" "$opedb" export --database "$db" --output "$work/out.jsonl")
  if [ -e "$work/out.jsonl" ]; then
    lines=$(wc -l < "$work/out.jsonl")
    [ "$lines" -eq "$stored" ] || fail "export stopped by SIG$sig at ${at} ms left a partial file ($lines of $stored lines)"
  fi
  left=$(find "$work" -maxdepth 1 -name '.out.jsonl.opedb-*.tmp' | wc -l)
  [ "$left" -eq 0 ] || fail "export stopped by SIG$sig at ${at} ms left its temporary file"
  echo "kill-outputs: export stopped by SIG$sig at ${at} ms: no partial file, no temporary file"
done

# backup: no file, or a whole archive with every article.
ms=$(duration "$opedb" backup --database "$db" "$work/probe.sqlite")
rm -f "$work/probe.sqlite"
for k in $(seq 1 "$kills"); do
  rm -f "$work/copy.sqlite"
  at=$(kill_during "$ms" "$opedb" backup --database "$db" "$work/copy.sqlite")
  if [ -e "$work/copy.sqlite" ]; then
    copied=$(sqlite3 "$work/copy.sqlite" "SELECT count(*) FROM articles")
    [ "$copied" -eq "$stored" ] || fail "backup killed at ${at} ms left $copied of $stored articles"
    "$opedb" check --database "$work/copy.sqlite" >/dev/null || fail "backup killed at ${at} ms left a damaged copy"
    echo "kill-outputs: backup killed at ${at} ms: complete copy"
  else
    echo "kill-outputs: backup killed at ${at} ms: no file"
  fi
done

# check: the archive and its WAL unchanged, byte for byte.
before=$(cat "$db" "$db-wal" 2>/dev/null | sha256sum)
ms=$(duration "$opedb" check --database "$db")
for k in $(seq 1 "$kills"); do
  at=$(kill_during "$ms" "$opedb" check --database "$db")
  after=$(cat "$db" "$db-wal" 2>/dev/null | sha256sum)
  [ "$before" = "$after" ] || fail "check killed at ${at} ms changed the archive"
  echo "kill-outputs: check killed at ${at} ms: archive unchanged"
done
"$opedb" check --database "$db" >/dev/null || fail "the archive does not pass check at the end"
echo "kill-outputs: passed"
