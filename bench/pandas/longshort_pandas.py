#!/usr/bin/python3
"""pandas' vectorised daily sentiment long-short on the shape of LongShortBenchmarks, for the speed comparison.

The same job as the C# fast kernel (bench/Signals.Benchmarks/Backtesting/LongShortBenchmarks.cs) on a synthetic universe
of the same shape and distribution (500 symbols x 2,520 days, news on ~30% of symbol-days, scores uniform in [-1, 1]):
decay the daily score flow and its weight with a 5-day half-life and take their ratio, rank each day's cross-section,
hold the top quintile long and the bottom quintile short in equal weights (gross 1), earn open-to-open returns, pay
costs on turnover, and end with equity, Sharpe and maximum drawdown. The data is generated before timing starts (the
C# benchmark also starts from data in memory). The random numbers differ from the C# generator's, so only the shape
and the work match, not the figures.

Run: /usr/bin/python3 bench/pandas/longshort_pandas.py [--repeat 7]   (Debian python3-pandas; a pyenv python3 may lack it)
Prints the median and minimum wall time of the timed part in milliseconds.
"""
import argparse
import statistics
import time

import numpy as np
import pandas as pd

SYMBOLS, DAYS = 500, 2520
HALF_LIFE, QUANTILE, COST_BPS = 5.0, 0.2, 8.0


def universe(seed=42):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2015-01-01", periods=DAYS)
    symbols = [f"S{s:03d}" for s in range(SYMBOLS)]
    has_news = rng.random((DAYS, SYMBOLS)) < 0.3
    tone = np.where(has_news, 2 * rng.random((DAYS, SYMBOLS)) - 1, 0.0)
    step = 1 + 0.002 * tone + 0.02 * (rng.random((DAYS, SYMBOLS)) - 0.5)
    close = (20 + 80 * rng.random(SYMBOLS)) * np.cumprod(step, axis=0)
    open_ = close / step * (1 + 0.004 * (rng.random((DAYS, SYMBOLS)) - 0.5))
    frame = lambda values: pd.DataFrame(values, index=dates, columns=symbols)
    return frame(open_), frame(tone), frame(has_news.astype(float))


def long_short(open_, flow, weight):
    alpha = 1 - 0.5 ** (1 / HALF_LIFE)
    signal = flow.ewm(alpha=alpha, adjust=True).mean() / weight.ewm(alpha=alpha, adjust=True).mean()
    rank = signal.rank(axis=1, pct=True)
    long = (rank > 1 - QUANTILE).astype(float)
    short = (rank <= QUANTILE).astype(float)
    weights = 0.5 * long.div(long.sum(axis=1), axis=0) - 0.5 * short.div(short.sum(axis=1), axis=0)
    weights = weights.fillna(0.0)
    forward = open_.shift(-1) / open_ - 1                      # decided before the open of t, held to the next open
    gross = (weights * forward).sum(axis=1)
    turnover = weights.diff().abs().sum(axis=1)
    net = gross - turnover * COST_BPS * 1e-4
    equity = (1 + net).cumprod()
    sharpe = net.mean() / net.std() * np.sqrt(252)
    drawdown = (equity / equity.cummax() - 1).min()
    return equity.iloc[-1], sharpe, drawdown


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    open_, flow, weight = universe()
    long_short(open_, flow, weight)                            # warm-up
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = long_short(open_, flow, weight)
        times.append((time.perf_counter() - start) * 1e3)
    print(f"pandas {pd.__version__}, numpy {np.__version__}: median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms over {args.repeat} runs (final equity {result[0]:.4f}, Sharpe {result[1]:.2f})")


if __name__ == "__main__":
    main()
