#!/usr/bin/env bash
# The scale benchmark: generates a synthetic universe with `signals sample-data --symbols N --years Y
# --headlines-per-year H` (deterministic from --seed) and runs the whole `signals study` on it with the lexicon
# scorer under /usr/bin/time -v, printing wall time, CPU time and peak resident memory (RSS), with the CPU's name and
# the machine's load before the run (a loaded machine makes the times longer; say so when you quote them).
#
#   bench/scale/run-scale.sh 500x10 2000x20          # sizes as NAMESxYEARS; H=20 headlines per name-year
#   H=50 WORK=/tmp/scale bench/scale/run-scale.sh 5000x25
#
# Needs GNU time (/usr/bin/time; Debian package `time`). Builds the CLI in Release first unless NO_BUILD=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-/tmp/signals-scale}
headlines=${H:-20}
seed=${SEED:-42}
mkdir -p "$work"
if [[ "${NO_BUILD:-0}" != 1 ]]; then dotnet build "$root/src/Signals.Cli" -c Release -v q -nologo >/dev/null; fi
cli="$root/src/Signals.Cli/bin/Release/net10.0/Signals.Cli.dll"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')
echo "cpu: $cpu, $(nproc) cores; DOTNET_EnableAVX512=${DOTNET_EnableAVX512:-default}; gcServer=${DOTNET_gcServer:-0}"
printf '%-10s %10s %10s %9s %9s %10s %9s %10s\n' size bars headlines gen_s study_s cpu_s peak_MB load_before
for size in "$@"; do
  names=${size%x*}; years=${size#*x}
  data="$work/u${names}x${years}h${headlines}s${seed}"
  gen_start=$(date +%s.%N)
  [[ -f "$data/news.csv" ]] || dotnet "$cli" sample-data --seed "$seed" --symbols "$names" --years "$years" --headlines-per-year "$headlines" --out "$data" >/dev/null 2>&1
  gen=$(echo "$(date +%s.%N) - $gen_start" | bc)
  bars=$(($(wc -l < "$data/prices.csv") - 1)); news=$(($(wc -l < "$data/news.csv") - 1))
  load=$(cut -d' ' -f1 /proc/loadavg)
  out="$work/study-${names}x${years}-$(date +%H%M%S)"
  /usr/bin/time -v -o "$out.time" dotnet "$cli" study --prices "$data/prices.csv" --news "$data/news.csv" --scorer lexicon --out "$out" > "$out.log" 2>&1 \
    || { echo "study failed for $size: $(tail -3 "$out.log")"; continue; }
  wall=$(grep 'Elapsed (wall' "$out.time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpus=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$out.time")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2/1024 }' "$out.time")
  printf '%-10s %10s %10s %9.1f %9.1f %10.1f %9s %10s\n' "$size" "$bars" "$news" "$gen" "$wall" "$cpus" "$rss" "$load"
  du -sh "$out/report.html" "$out/scores.csv" 2>/dev/null | sed 's/^/    /'
done
