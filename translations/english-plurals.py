#!/usr/bin/env python3
"""Regenerates translations/tidings_en.ts: the English plural forms of every %n string.

Source strings write plurals as "article(s)", "match(es)" or "reply(ies)"; this gives the singular and the plural.
Run from the repository root after adding or changing a %n string:

    python3 translations/english-plurals.py
"""
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ts = Path("translations/tidings_en.ts")
sources = sorted(str(p) for d in ("app", "models", "ui") for p in Path(d).rglob("*") if p.suffix in (".cpp", ".h"))
ts.unlink(missing_ok=True)
subprocess.run(["/usr/lib/qt6/bin/lupdate", "-silent", "-pluralonly", "-target-language", "en", *sources,
                "-ts", str(ts)], check=True)
tree = ET.parse(ts)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    singular = re.sub(r"\((s|es)\)", "", re.sub(r"y\(ies\)", "y", source))
    plural = re.sub(r"\((s|es)\)", r"\1", re.sub(r"y\(ies\)", "ies", source))
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(ts, encoding="utf-8", xml_declaration=True)
