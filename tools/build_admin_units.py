#!/usr/bin/env python3
"""Rebuild data/gazetteer/loc_districts.tsv (Vietnam's district-level units and their province) from the
data file of the ``vietnam-provinces`` package (version 0.6.0, the 63 provinces and 696
districts in force until mid-2025), which must be downloaded by hand, e.g.

    pip download --no-deps vietnam-provinces==0.6.0 -d /tmp/vp && unzip /tmp/vp/*.whl -d /tmp/vp/w
    PYTHONPATH=src python tools/build_admin_units.py /tmp/vp/w/vietnam_provinces/data/nested-divisions.json

Names are written in the library's normal form (new tone placement: "Hòa Bình"); the province is
the ``name`` of data/gazetteer/provinces.tsv.
"""
import json
import sys

from vnextract.text import NormText

UNIT_PREFIXES = (("Thành phố ", "thành phố"), ("Thành Phố ", "thành phố"), ("Thị xã ", "thị xã"),
                 ("Quận ", "quận"), ("Huyện ", "huyện"), ("Tỉnh ", "tỉnh"))


def split_unit(name):
    for prefix, unit in UNIT_PREFIXES:
        if name.startswith(prefix):
            return unit, NormText(name[len(prefix):]).text
    raise ValueError(name)


def main(path):
    provinces = json.load(open(path, encoding="utf-8"))
    rows = []
    for province in provinces:
        _, pname = split_unit(province["name"])
        for district in province["districts"]:
            unit, dname = split_unit(district["name"])
            rows.append((dname, unit, pname))
    out = open("data/gazetteer/loc_districts.tsv", "w", encoding="utf-8")
    out.write("# District-level units of Vietnam (2008-2025) and their province; built by\n"
              "# tools/build_admin_units.py from the vietnam-provinces 0.6.0 package data (see data/README.md).\n")
    out.write("name\tunit\tprovince\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
    print(len(rows), "districts")


if __name__ == "__main__":
    main(sys.argv[1])
