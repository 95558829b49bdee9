#!/usr/bin/python3
"""pandas' time to read a study's two CSV files: the yardstick of the scale benchmark's speed target.

The whole `signals study` on a generated universe is held to three times what pandas takes just to read the same
prices.csv and news.csv into data frames (pd.read_csv with its defaults: the C engine, no date parsing). Each repeat
runs in a fresh process so the page cache is warm but no Python object survives from the previous read.

Run: /usr/bin/python3 bench/pandas/read_csv_pandas.py PRICES.csv NEWS.csv [--repeat 5]   (Debian python3-pandas)
Prints each read's wall time and peak RSS, then the medians.
"""
import argparse
import json
import statistics
import subprocess
import sys

ONE_READ = r"""
import json, resource, sys, time
import pandas as pd
t = time.perf_counter()
prices = pd.read_csv(sys.argv[1])
p = time.perf_counter() - t
t = time.perf_counter()
news = pd.read_csv(sys.argv[2])
n = time.perf_counter() - t
print(json.dumps({"prices_s": p, "news_s": n, "rows": len(prices), "headlines": len(news),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("prices")
    parser.add_argument("news")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", ONE_READ, args.prices, args.news], check=True, capture_output=True, text=True)
        run = json.loads(out.stdout)
        runs.append(run)
        print(f"prices {run['prices_s']:.2f} s, news {run['news_s']:.2f} s, both {run['prices_s'] + run['news_s']:.2f} s; "
              f"{run['rows']:,} rows, {run['headlines']:,} headlines; peak RSS {run['peak_mb']:.0f} MB")
    both = [r["prices_s"] + r["news_s"] for r in runs]
    print(f"median: prices {statistics.median(r['prices_s'] for r in runs):.2f} s, news {statistics.median(r['news_s'] for r in runs):.2f} s, "
          f"both {statistics.median(both):.2f} s (min {min(both):.2f}); 3x both = {3 * statistics.median(both):.1f} s")


if __name__ == "__main__":
    main()
