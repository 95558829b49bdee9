#!/usr/bin/env bash
# Runs every notebook one way and fails on any cell error, naming the notebook and the cell.
#   notebooks/run.sh repl    [NOTEBOOK...]   the stock dotnet-repl 0.3.259 (.NET Interactive's kernel, as users have it)
#   notebooks/run.sh jupyter [NOTEBOOK...]   jupyter nbconvert --execute with the stock dotnet-interactive 1.0.712001 kernel
#   notebooks/run.sh twins   [NOTEBOOK...]   each notebook's file-based twin: dotnet run NAME.cs -- --out DIR
# Default: every notebook under notebooks/. Needs what its way needs (.ci/run installs all of it):
#   dotnet tool install -g dotnet-repl --version 0.3.259
#   dotnet tool install -g Microsoft.dotnet-interactive --version 1.0.712001 && dotnet interactive jupyter install
#   apt-get install jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel
# The notebooks load artifacts/notebook-kit (any build of the repository writes it; their first cell rebuilds it when
# src/ changed). Outputs (executed notebooks, pages, logs) go to artifacts/notebook-runs/WAY/ (SIGNALS_NOTEBOOK_OUT).
set -euo pipefail
way="${1:-}"
case "$way" in repl|jupyter|twins) shift ;; *) sed -n '2,11p' "$0" >&2; exit 2 ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${SIGNALS_NOTEBOOK_OUT:-$root/artifacts/notebook-runs/$way}"
export PATH="$PATH:$HOME/.dotnet/tools"

if [ "$#" -gt 0 ]; then
  notebooks=("$@")
else
  mapfile -t notebooks < <(find "$root/notebooks" -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | sort)
fi

# The first cell with an error in an executed .ipynb, as "cell N ('first line'): message" (cells counted from 1,
# markdown included, as editors show them); nothing when every cell passed.
first_error() {
  python3 - "$1" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
for n, cell in enumerate(nb["cells"], 1):
    for o in cell.get("outputs", []):
        if o.get("output_type") == "error":
            src = "".join(cell["source"]).strip().splitlines() or [""]
            msg = (o.get("evalue") or "").strip().replace("\n", " ")[:400]
            print(f"cell {n} ('{src[0][:60]}'): {msg}")
            sys.exit(0)
PY
}

mkdir -p "$out"
failed=0
for notebook in "${notebooks[@]}"; do
  notebook="$(cd "$(dirname "$notebook")" && pwd)/$(basename "$notebook")"
  name="${notebook#"$root"/notebooks/}"
  result="$out/${name//\//__}"
  log="$result.log"
  start=$(date +%s%N)
  status=0
  case "$way" in
    repl)
      # dotnet-repl resolves relative paths against the current directory: run from the notebook's folder, as editors do.
      (cd "$(dirname "$notebook")" && dotnet-repl --run "$(basename "$notebook")" --exit-after-run --output-path "$result") >"$log" 2>&1 || status=$? ;;
    jupyter)
      # --allow-errors keeps going so the saved notebook shows which cell failed; the kernel runs in the notebook's folder.
      jupyter nbconvert --to notebook --execute --allow-errors --ExecutePreprocessor.kernel_name=.net-csharp \
        --ExecutePreprocessor.timeout=900 --output "$(basename "$result")" --output-dir "$out" "$notebook" >"$log" 2>&1 || status=$? ;;
    twins)
      twin="${notebook%.ipynb}.cs"
      (cd "$root" && dotnet run "${twin#"$root"/}" -- --out "$out/$(dirname "$name")") >"$log" 2>&1 || status=$? ;;
  esac
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  seconds="$((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 ))"
  error=""
  if [ "$way" = twins ]; then
    [ "$status" -ne 0 ] && error="$(grep -m1 -E '^error|error CS|error:' "$log" || tail -1 "$log")"
  else
    [ -f "$result" ] && error="$(first_error "$result")"
    [ -z "$error" ] && [ "$status" -ne 0 ] && error="exit $status: $(tail -1 "$log")"
    [ -f "$result" ] || error="${error:-no output notebook; see $log}"
  fi
  if [ -z "$error" ]; then
    printf 'pass  %-7s %6s s  %s\n' "$way" "$seconds" "$name"
  else
    printf 'FAIL  %-7s %6s s  %s, %s  (log: %s)\n' "$way" "$seconds" "$name" "$error" "$log"
    failed=$((failed + 1))
  fi
done

if [ "$failed" -gt 0 ]; then
  echo "error: $failed of ${#notebooks[@]} notebooks failed ($way)" >&2
  exit 1
fi
