#!/usr/bin/env bash
# The whole test suite: system packages the tests drive (when we may install them),
# build, typecheck, lint, then every package's tests on SQLite and PostgreSQL.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-packages.sh || exit 1

log=$(mktemp)
run() {
  echo "+ $*"
  "$@" 2>&1 | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    summary
    echo "FAILED: $*" >&2
    exit "$rc"
  fi
}

# Adds up every Vitest "Tests  … passed … failed" line into one closing line.
summary() {
  sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
    /^[[:space:]]*Tests[[:space:]]+/ {
      for (i = 1; i <= NF; i++) {
        if ($i == "passed") p += $(i-1)
        if ($i == "failed") f += $(i-1)
        if ($i == "skipped") s += $(i-1)
      }
    }
    END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }'
}

run npx -y pnpm@12.4.2 build
run npx -y pnpm@12.4.2 typecheck
run npx -y pnpm@12.4.2 lint
run npx -y pnpm@12.4.2 -r --workspace-concurrency=1 test
summary
