#!/usr/bin/env bash
# Runs every notebook under dotnet-repl — the stock .NET Interactive kernel users have — and fails on any cell error.
#   notebooks/run-with-dotnet-repl.sh [NOTEBOOK...]      (default: every notebook under notebooks/)
# Needs: dotnet tool install -g dotnet-repl --version 0.3.259
# Output notebooks and logs go to artifacts/notebook-runs/dotnet-repl/ (set SIGNALS_NOTEBOOK_OUT to change).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${SIGNALS_NOTEBOOK_OUT:-$root/artifacts/notebook-runs/dotnet-repl}"
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-repl >/dev/null || { echo "error: dotnet-repl not found; dotnet tool install -g dotnet-repl --version 0.3.259" >&2; exit 1; }

# The notebooks load Signals from artifacts/packages: pack it fresh (with the notebook extension inside).
dotnet build "$root/src/Signals.Interactive" -c Release -t:PackForNotebooks -nologo -v quiet

if [ "$#" -gt 0 ]; then
  notebooks=("$@")
else
  mapfile -t notebooks < <(find "$root/notebooks" -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | sort)
fi

mkdir -p "$out"
failed=0
for notebook in "${notebooks[@]}"; do
  notebook="$(cd "$(dirname "$notebook")" && pwd)/$(basename "$notebook")"
  name="${notebook#"$root"/notebooks/}"
  result="$out/${name//\//__}"
  start=$(date +%s%N)
  # dotnet-repl resolves relative paths against the current directory: run from the notebook's folder, as editors do.
  status=0
  (cd "$(dirname "$notebook")" && dotnet-repl --run "$(basename "$notebook")" --exit-after-run --output-path "$result" >"$result.log" 2>&1) || status=$?
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  seconds="$((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 ))"
  # dotnet-repl exits 2 on a cell error but keeps going and prints little: the output notebook holds the errors.
  errors=0
  [ -f "$result" ] && errors=$(grep -c '"output_type": *"error"' "$result" || true)
  if [ "$status" -eq 0 ] && [ "$errors" -eq 0 ] && [ -f "$result" ]; then
    printf 'pass  %6s s  %s\n' "$seconds" "$name"
  else
    printf 'FAIL  %6s s  %s  (exit %s, %s error outputs; see %s)\n' "$seconds" "$name" "$status" "$errors" "$result"
    [ -f "$result" ] && grep -o '"evalue": *"[^"]\{0,300\}' "$result" | head -1 | sed 's/^/      /'
    failed=$((failed + 1))
  fi
done

if [ "$failed" -gt 0 ]; then
  echo "error: $failed of ${#notebooks[@]} notebooks failed under dotnet-repl" >&2
  exit 1
fi
