"""Least squares for one feature in exact rational arithmetic: an outside authority for tests.

Reads {"x": [...], "y": [...]} as JSON on stdin (every number a double, parsed exactly), or a
CSV file named on the command line with the columns to use (first and last by default), and
prints {"slope": s, "intercept": b} with each exact answer rounded once to the nearest double.
slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄, all in fractions.Fraction.
"""
import csv
import json
import sys
from fractions import Fraction


def fit(xs, ys):
    n = len(xs)
    mean_x = sum(xs, Fraction(0)) / n
    mean_y = sum(ys, Fraction(0)) / n
    spread = sum(((x - mean_x) ** 2 for x in xs), Fraction(0))
    cross = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)), Fraction(0))
    slope = cross / spread
    return {"slope": float(slope), "intercept": float(mean_y - slope * mean_x)}


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        xs = [Fraction(float(row[0])) for row in rows]
        ys = [Fraction(float(row[-1])) for row in rows]
    else:
        data = json.load(sys.stdin)
        xs = [Fraction(value) for value in data["x"]]
        ys = [Fraction(value) for value in data["y"]]
    print(json.dumps(fit(xs, ys)))


main()
