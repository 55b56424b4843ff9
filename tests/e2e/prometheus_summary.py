"""Parses a Prometheus text exposition with prometheus_client's own parser
and prints its samples as one JSON array of {family, type, name, labels,
value}, for tests to query with jq. Exits 1, saying why, when the text does
not parse or a family lacks HELP or TYPE, or a histogram's buckets are not
cumulative up to a +Inf bucket equal to its _count.

Usage: prometheus_summary.py EXPOSITION_FILE
Needs prometheus_client (pinned in tests/e2e/requirements.lock, installed
by ci/install_python.sh into the tools venv).
"""

import json
import math
import sys
from collections import defaultdict

from prometheus_client.parser import text_string_to_metric_families


def check_histogram(family, problems):
    series = defaultdict(lambda: {"buckets": [], "sum": None, "count": None})
    for sample in family.samples:
        key = tuple(sorted((k, v) for k, v in sample.labels.items() if k != "le"))
        if sample.name == family.name + "_bucket":
            series[key]["buckets"].append((float(sample.labels["le"]), sample.value))
        elif sample.name == family.name + "_sum":
            series[key]["sum"] = sample.value
        elif sample.name == family.name + "_count":
            series[key]["count"] = sample.value
    for key, parts in series.items():
        where = f"{family.name}{dict(key)}"
        buckets = parts["buckets"]
        if not buckets or not math.isinf(buckets[-1][0]):
            problems.append(f"{where}: no +Inf bucket last")
            continue
        if [le for le, _ in buckets] != sorted(le for le, _ in buckets):
            problems.append(f"{where}: buckets out of order")
        counts = [count for _, count in buckets]
        if counts != sorted(counts):
            problems.append(f"{where}: bucket counts are not cumulative: {counts}")
        if parts["count"] != buckets[-1][1]:
            problems.append(f"{where}: _count {parts['count']} != +Inf bucket {buckets[-1][1]}")
        if parts["sum"] is None:
            problems.append(f"{where}: no _sum")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    samples, problems = [], []
    try:
        families = list(text_string_to_metric_families(text))
    except Exception as e:  # the parser raises ValueError and others
        print(f"the exposition does not parse: {e!r}", file=sys.stderr)
        return 1
    for family in families:
        if not family.name.startswith("leadflow_"):
            problems.append(f"{family.name}: not prefixed leadflow_")
        if family.type not in ("counter", "gauge", "histogram"):
            problems.append(f"{family.name}: no TYPE line (parsed as {family.type})")
        if not family.documentation:
            problems.append(f"{family.name}: no HELP line")
        if family.type == "histogram":
            check_histogram(family, problems)
        for sample in family.samples:
            samples.append({"family": family.name, "type": family.type, "name": sample.name,
                            "labels": sample.labels, "value": sample.value})
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    json.dump(samples, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
