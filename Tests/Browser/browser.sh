#!/usr/bin/env bash
# The web site in a real browser: `opedb serve` on a free loopback port over the fixtures,
# headless Chromium loads the home page, a search, an article and an author page; the rendered
# DOM (--dump-dom) is checked for what each page must show, and every page is photographed at
# desktop and phone widths.
#
# Usage: OPEDB_BIN=.build/debug/opedb bash Tests/Browser/browser.sh [SCREENSHOT_DIR]
# (opedb-serve must be beside opedb). Screenshots go to SCREENSHOT_DIR, else a temporary folder
# that is removed at the end. Needs chromium (apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
opedb="${OPEDB_BIN:-$root/.build/debug/opedb}"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "browser: chromium is not installed (apt-get install chromium)" >&2; exit 2; }

work="$(mktemp -d)"
shots="${1:-$work/shots}"
mkdir -p "$shots"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

db="$work/fixtures.sqlite"
"$opedb" init --database "$db" >/dev/null
"$opedb" add -q "$root/Fixtures" --database "$db" >/dev/null

# Port 0: the server takes a free port and prints the address it listens on.
"$opedb" serve --database "$db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
base=""
for _ in $(seq 1 100); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" 2>/dev/null || true)
  [ -n "$base" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "browser: opedb serve exited: $(cat "$work/serve.err")" >&2; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { echo "browser: opedb serve printed no address" >&2; exit 1; }

author_id=$("$opedb" author Tollefsen --json --database "$db" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
article_id=$("$opedb" search Tollefsen --json --limit 1 --database "$db" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

browse() { # extra chromium arguments… URL
  timeout 60 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --no-first-run --user-data-dir="$work/profile" "$@" 2>>"$work/chromium.log"
}

passed=0
failed=0
check() { # name file pattern…: every pattern (a fixed string) must occur in the file
  local name="$1" file="$2"
  shift 2
  for pattern in "$@"; do
    if grep -qF -- "$pattern" "$file"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      echo "browser: FAIL $name: the rendered page lacks: $pattern" >&2
    fi
  done
}

pages=("home|/" "search|/search?q=harbour" "article|/articles/$article_id" "author|/authors/$author_id")
for entry in "${pages[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  browse --dump-dom "$base$path" >"$work/$name.html"
  browse --screenshot="$shots/$name-desktop.png" --window-size=1280,1100 "$base$path" >/dev/null
  browse --screenshot="$shots/$name-phone.png" --window-size=390,1400 "$base$path" >/dev/null
  for shot in "$shots/$name-desktop.png" "$shots/$name-phone.png"; do
    if [ -s "$shot" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "browser: FAIL no screenshot $shot" >&2; fi
  done
done

check home "$work/home.html" '<title>opedb</title>' 'role="search"' '<svg class="chart"' 'class="counts"' '<h2>Newest</h2>' 'class="results"'
check search "$work/search.html" '<mark>' '<h2>Authors</h2>' '<h2>Years</h2>' 'matches.' 'Sort:' '<title>Search: harbour · opedb</title>'
check article "$work/article.html" 'class="piece"' 'rel="author"' "/authors/$author_id" 'class="byline"' 'Source as added'
check author "$work/author.html" '<h1>Miriam Tollefsen</h1>' '<h2>Articles' '<h2>Books</h2>' "/articles/$article_id"

# The pages carry no script: the CSP forbids it, and nothing needs it.
for name in home search article author; do
  if grep -qi '<script' "$work/$name.html"; then failed=$((failed + 1)); echo "browser: FAIL $name has a script" >&2; else passed=$((passed + 1)); fi
done

echo "browser: screenshots in $shots"
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
