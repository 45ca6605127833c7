# Shared by the reliability scripts (sourced, not run): a temporary folder removed on exit, the
# opedb binary to test, a generated corpus of $n articles in $work/corpus, and an empty archive
# at $db. Needs $n and $db_name set by the caller.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# OPEDB_BIN: an already built binary (CI passes the debug build); else a release build.
if [ -n "${OPEDB_BIN:-}" ]; then
  opedb="$OPEDB_BIN"
else
  (cd "$root" && swift build -c release >/dev/null)
  opedb="$root/.build/release/opedb"
fi
python3 "$root/Benchmarks/generate_corpus.py" "$n" "$work/corpus" --words 300 >/dev/null 2>&1
db="$work/$db_name"
"$opedb" init --database "$db" >/dev/null
