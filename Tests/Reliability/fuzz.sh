#!/usr/bin/env bash
# Fuzz the article parser with libFuzzer and AddressSanitizer for a fixed time, seeded with
# Fixtures/ (Markdown, HTML, front matter). Builds the `OpedbFuzz` executable target in its own folder
# (.build-fuzz) with coverage instrumentation and -DOPEDB_FUZZING, linked to libFuzzer's driver
# (libclang_rt.fuzzer_no_main, shipped with the Swift toolchain's clang).
#
# Crashing inputs are written to Tests/Reliability/crashes/; replay one with the normal build
# (`swift build --product OpedbFuzz && .build/debug/OpedbFuzz Tests/Reliability/crashes/crash-…`),
# fix it, and add it to the tests as a regression case.
#
# Usage: Tests/Reliability/fuzz.sh [seconds, default 120] [extra libFuzzer options…]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-120}"
shift || true

toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")"
runtime=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -1 || true)
[ -n "$runtime" ] || { echo "fuzz: libFuzzer's runtime (libclang_rt.fuzzer_no_main) is not in $toolchain/lib/clang" >&2; exit 2; }

echo "fuzz: building OpedbFuzz with coverage and AddressSanitizer" >&2
(cd "$root" && swift build -c release --scratch-path .build-fuzz --product OpedbFuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,pc-table,inline-8bit-counters \
  -Xswiftc -DOPEDB_FUZZING -Xcc -fsanitize=fuzzer-no-link,address \
  -Xlinker "$runtime" -Xlinker -lstdc++ 2>&1 | grep -E "error|Compiling|Build complete" | grep -v "^.*Compiling" || true)
binary="$root/.build-fuzz/release/OpedbFuzz"
[ -x "$binary" ] || { echo "fuzz: the build failed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$here/crashes"
find "$root/Fixtures" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -size -64k \
  -exec cp {} "$work/corpus/" \;
"$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$here/crashes/" "$@" "$work/corpus" >"$work/log" 2>&1 || true
grep -E "ERROR|Test unit written|SUMMARY" "$work/log" | head -20 || true
grep -E "^Done|DONE" "$work/log" | tail -1 || true
if ls "$here/crashes"/crash-* "$here/crashes"/timeout-* "$here/crashes"/leak-* "$here/crashes"/oom-* >/dev/null 2>&1; then
  echo "fuzz: failing inputs in $here/crashes"
  exit 1
fi
echo "fuzz: no crash, time-out or leak in ${seconds}s"
