#!/usr/bin/env python3
"""Builds the request lists for the desk benchmark from a running desk.

    make-paths.py BASE_URL SESSION_COOKIE OUT_DIR

Asks the JSON API for the library's facets (overall and per agency and month) to learn real bylines, people and
cities, then writes OUT_DIR/api-paths.txt (JSON search with facets: free words, by:, agency:, in:, person:, taken:
ranges, facet filters, sorts) and OUT_DIR/sheet-paths.txt (the contact sheet, 100 thumbnails a page, first and
deeper pages through the pager's offset parameter, kept within each query's total) and OUT_DIR/thumb-paths.txt.
Deterministic (seeded), so two runs on the same library send the same requests.
"""
import json
import random
import sys
import urllib.parse
import urllib.request

base, cookie, out = sys.argv[1], sys.argv[2], sys.argv[3]
rnd = random.Random(20240801)


def get(path):
    req = urllib.request.Request(base + path, headers={"Cookie": cookie, "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def api(params):
    return "/api/photos?" + urllib.parse.urlencode(params, doseq=True)


everything = get(api({"limit": 1}))
total = everything["total"]
facets = {dim: set(values) for dim, values in everything["facets"].items()}
for agency in list(everything["facets"]["agency"]):
    for month in ("2024-02", "2024-06", "2024-10"):
        f = get(api({"agency": agency, "date": month, "limit": 1}))["facets"]
        for dim in ("byline", "person", "city"):
            facets[dim].update(f[dim])
agencies = sorted(facets["agency"])
bylines, people, cities = sorted(facets["byline"]), sorted(facets["person"]), sorted(facets["city"])
words = ["firefighters", "stadium", "election", "rain", "vigil", "harbour", "parliament", "concert", "marathon",
         "summit", "protesters", "volunteers", "floods", "trial", "festival", "airport", "cathedral", "polling"]
months = [f"2024-{m:02d}" for m in range(1, 13)]


def taken_range():
    m = rnd.randrange(1, 12)
    d = rnd.randrange(1, 28)
    return f"taken:2024-{m:02d}-{d:02d}..2024-{m + 1:02d}-{d:02d}"


def quoted(name):
    return '"' + name + '"'


def query():
    """One desk query: text in the library's syntax plus facet filters chosen on the sheet."""
    kind = rnd.randrange(12)
    facet = {}
    q = ""
    if kind == 0:
        q = ""                                           # the default view, everything
    elif kind == 1:
        q = rnd.choice(words)
    elif kind == 2:
        q = " ".join(rnd.sample(words, 2))
    elif kind == 3:
        q = "by:" + quoted(rnd.choice(bylines))
    elif kind == 4:
        q = "agency:" + quoted(rnd.choice(agencies))
    elif kind == 5:
        q = "in:" + quoted(rnd.choice(cities))
    elif kind == 6:
        q = "person:" + quoted(rnd.choice(people))
    elif kind == 7:
        q = taken_range()
    elif kind == 8:
        q = "agency:" + quoted(rnd.choice(agencies)) + " " + taken_range()
    elif kind == 9:
        q = rnd.choice(words) + " in:" + quoted(rnd.choice(cities))
    elif kind == 10:
        q = rnd.choice(words)
        facet = {"agency": rnd.choice(agencies), "date": rnd.choice(months)}
    else:
        facet = {"city": rnd.choice(cities), "byline": rnd.choice(bylines)} if rnd.random() < 0.5 \
            else {"agency": rnd.choice(agencies), "person": rnd.choice(people)}
    params = {"q": q, **facet}
    if rnd.random() < 0.25:
        params["sort"] = rnd.choice(["taken", "relevance"])
    return params


api_paths, sheet_paths = [], []
for _ in range(400):
    params = query()
    api_paths.append(api(params))
for _ in range(400):
    params = query()
    hits = get(api({**params, "limit": 1}))["total"]
    pages = max(1, (hits + 99) // 100)
    # half the views are the first page; the others page deeper, up to the query's last page
    page = 0 if rnd.random() < 0.5 or pages == 1 else rnd.choice([1, 2, 5, pages // 2, pages - 1])
    if page:
        params["offset"] = min(page, pages - 1) * 100
    sheet_paths.append("/?" + urllib.parse.urlencode(params))

for name, paths in (("api-paths.txt", api_paths), ("sheet-paths.txt", sheet_paths),
                    ("thumb-paths.txt", [f"/photos/{rnd.randrange(1, total + 1)}/thumb" for _ in range(2000)])):
    with open(f"{out}/{name}", "w") as f:
        f.write("\n".join(paths) + "\n")
print(f"{total} photos; {len(agencies)} agencies, {len(bylines)} bylines, {len(people)} people, {len(cities)} cities "
      f"seen in facets; 400 API and 400 sheet requests written to {out}")
