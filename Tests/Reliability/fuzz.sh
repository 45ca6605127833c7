#!/usr/bin/env bash
# OUT OF DATE: this compiles the parser's files with swiftc alone, which no longer works since the
# parser imports Yams, CZlib and CLibXML2 (it fails with "no such module 'CZlib'"); it needs a
# SwiftPM target built with -sanitize=fuzzer. See the README's reliability table.
#
# Fuzz the article parser with libFuzzer (and AddressSanitizer) for a fixed time, seeded with
# Fixtures/. Crashing inputs are written to Tests/Reliability/crashes/; add each to Fixtures/ as a
# regression case once fixed.
#
# Usage: Tests/Reliability/fuzz.sh [seconds, default 120]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$here/crashes"
cp "$root"/Fixtures/*.md "$root"/Fixtures/*.txt "$work/corpus/"
sources=$(ls "$root"/Sources/OpeDB/Parsing/*.swift "$root"/Sources/OpeDB/Text/*.swift "$root"/Sources/OpeDB/Model/*.swift)
# The parser's one C dependency (SHA-256, for fingerprints), built with the same sanitizers.
mkdir -p "$work/cdigest"
printf 'module CDigest {\n  header "%s"\n  export *\n}\n' "$root/Sources/CDigest/include/opedb_sha256.h" > "$work/cdigest/module.modulemap"
clang -O1 -fsanitize=fuzzer-no-link,address -I "$root/Sources/CDigest/include" -c "$root/Sources/CDigest/sha256.c" -o "$work/sha256.o"
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name OpeDBFuzz -I "$work/cdigest" $sources "$here/FuzzParser.swift" \
  "$work/sha256.o" -o "$work/fuzz-parser"
"$work/fuzz-parser" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$here/crashes/" "$work/corpus" 2>&1 \
  | tee "$work/log" | grep -E "^#[0-9]+.*(DONE|pulse)|ERROR|crash-" || true
grep -E "^Done|stat::number_of_executed_units|#[0-9]+ *DONE" "$work/log" | tail -2
if ls "$here/crashes"/crash-* >/dev/null 2>&1; then echo "fuzz: crashes found in $here/crashes"; exit 1; fi
echo "fuzz: no crash in ${seconds}s"
