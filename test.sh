#!/usr/bin/env bash
# Every test mpls has: formatting, vet, unit/LSP/fixture tests, the grammar
# corpus, short fuzz runs, benchmarks as a smoke step, and the real-editor
# tests. Installs what it needs (Go modules; the editors script installs
# its own npm/apt packages).
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS=${GOFLAGS:--mod=mod}

echo "== go version"; go version
echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './editors/*'))
if [ -n "$unformatted" ]; then echo "gofmt needed:"; echo "$unformatted"; exit 1; fi
echo "== go vet"; go vet ./...
echo "== build"; mkdir -p bin; go build -o bin/mpls ./cmd/mpls
echo "== go test"; go test -count=1 ./...
if [ -x ../shared/tools/tree-sitter ] && [ -f grammars/wxml/grammar.js ]; then
  echo "== tree-sitter corpus"; (cd grammars/wxml && ../../../shared/tools/tree-sitter test)
fi
echo "== fuzz (short)"
# Each target's 5 s include replaying its cached corpus first: inputs that
# earlier long runs cached on this machine would use up the time and fail
# the run with "context deadline exceeded". The seeds and testdata/fuzz stay.
go clean -fuzzcache
for spec in $(grep -rl --include='*_test.go' '^func Fuzz' . | sort); do
  dir=$(dirname "$spec")
  for fn in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$spec" | sed 's/^func //'); do
    echo "-- $dir $fn"
    # Go's fuzzer reports "context deadline exceeded" when the 5 s end while
    # a worker is still in one input (seen on a loaded machine): run such a
    # target once more; any other failure, or the same twice, fails.
    if ! out=$(go test -run '^$' -fuzz "^$fn\$" -fuzztime 5s "$dir" 2>&1); then
      echo "$out"
      if grep -q 'context deadline exceeded' <<<"$out"; then
        echo "-- $dir $fn: the fuzzer's deadline passed inside an input; once more"
        go test -run '^$' -fuzz "^$fn\$" -fuzztime 5s "$dir"
      else
        exit 1
      fi
    else
      echo "$out" | tail -n 3
    fi
  done
done
echo "== benchmarks (smoke)"
# every benchmark once; a benchmark that fails (or does not build) fails the run
bench_out=$(mktemp); trap 'rm -f "$bench_out"' EXIT
if ! go test -run '^$' -bench . -benchtime 1x ./... > "$bench_out" 2>&1; then
  cat "$bench_out"; echo "benchmarks failed"; exit 1
fi
grep -E '^(Benchmark|ok|FAIL|PASS)' "$bench_out" || true
if [ -x release/build.sh ] && [ -x .ci/release.sh ]; then
  # The release artifacts (binaries, npm tarballs, .vsix, WeChat DevTools folders) and their tests;
  # the editor tests below then use the linux-x64 .vsix and DevTools folder with the binary inside.
  echo "== release artifacts"
  dist="${TMPDIR:-/tmp}/mpls-dist"
  rm -rf "$dist"
  release/build.sh --out "$dist"
  .ci/release.sh "$dist" "$PWD/bin/mpls"
  v="$(cat "$dist/VERSION")"
  export MPLS_EDITORS_VSIX="$dist/vsix/mpls-linux-x64-$v.vsix" MPLS_EDITORS_DEVTOOLS="$dist/wechat-devtools/mpls-linux-x64-$v"
fi
if [ -x .ci/editors.sh ] && git ls-files --error-unmatch .ci/editors.sh >/dev/null 2>&1; then
  echo "== real editors"; .ci/editors.sh "$PWD/bin/mpls"
fi
echo "== all tests passed"
