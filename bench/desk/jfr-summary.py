#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording of the desk: hottest frames, Photodesk methods inclusive, and
where the request time goes by stage.

    jfr-summary.py RECORDING.jfr      (needs `jfr` of a JDK on PATH)
"""
import collections
import re
import subprocess
import sys

text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
frame = re.compile(r"^\s+([\w.$<>]+)\(.*?\)\s+line: (\d+)")
samples = []
for block in text.split("jdk.ExecutionSample")[1:]:
    frames = [(m.group(1), int(m.group(2))) for m in map(frame.match, block.splitlines()) if m]
    if frames:
        samples.append(frames)

# Stages, matched from the request handler down: the first that appears on the stack (top first) names the sample.
stages = [
    ("Lucene facet counting", ("org.apache.lucene.facet.", "org.photodesk.app.search.FacetOrdinals")),
    ("Lucene search, sort and collect", ("org.apache.lucene.", "org.photodesk.app.search.DeepPage")),
    ("store: JSON columns to records (Jackson)", ("org.photodesk.app.store.StoreJson",
        "com.fasterxml.jackson.databind.ObjectMapper.readValue", "com.fasterxml.jackson.databind.ObjectReader.readValue")),
    ("store: SQLite query and row reading", ("org.sqlite.", "org.photodesk.app.store.")),
    ("page rendering (jte templates)", ("gg.jte.", "org.photodesk.app.web.DeskServer.render")),
    ("API JSON writing (Jackson)", ("com.fasterxml.jackson.",)),
    ("query parsing", ("org.photodesk.core.search.QueryParser", "org.photodesk.app.search.LuceneQueries")),
    ("HTTP server (Jetty, Javalin)", ("org.eclipse.jetty.", "io.javalin.")),
]


def stage(frames):
    for name, prefixes in stages:
        if any(f[0].startswith(prefixes) for f in frames):
            return name
    return "other (JIT, GC helpers, JDK)"


total = len(samples)
print(f"{total} CPU samples")
print("\nBy stage (first match from the top of the stack):")
for name, n in collections.Counter(stage(s) for s in samples).most_common():
    print(f"  {100 * n / total:5.1f}%  {name}")
print("\nHottest frames (top of stack):")
for (method, line), n in collections.Counter(s[0] for s in samples).most_common(15):
    print(f"  {100 * n / total:5.1f}%  {method}:{line}")
print("\nPhotodesk methods, inclusive (on the stack anywhere), with the hottest line:")
inclusive = collections.Counter()
lines = collections.defaultdict(collections.Counter)
for s in samples:
    seen = set()
    for method, line in s:
        if method.startswith("org.photodesk") and method not in seen:
            seen.add(method)
            inclusive[method] += 1
            lines[method][line] += 1
for method, n in inclusive.most_common(25):
    line = lines[method].most_common(1)[0][0]
    print(f"  {100 * n / total:5.1f}%  {method} (line {line})")
