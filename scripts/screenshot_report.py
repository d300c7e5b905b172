#!/usr/bin/env python
"""Score a system, write its HTML report and take screenshots of it with headless Chromium.

Usage::

    .venv/bin/python scripts/screenshot_report.py                 # gold vs a perturbed copy of the gold
    .venv/bin/python scripts/screenshot_report.py preds.jsonl     # a system's predictions file
    .venv/bin/python scripts/screenshot_report.py --out-dir /tmp/r --window-size 1400,3000

Writes into ``--out-dir`` (default ``/tmp/newsgold-report``):

- ``report.html``: the self-contained report (``newsgold.reports.html.html_report``);
- ``report.png``: the top of the page (header, summary, the first sections);
- ``documents.png``: the side-by-side gold / predicted view of the first document, taken
  from ``documents.html``, a copy of the report that opens on that view (``--screenshot`` of
  ``report.html#documents`` captures a blank page, so the copy hides what comes before the
  documents with one CSS rule).

and prints their paths. Chromium is ``/usr/bin/chromium`` (``apt-get install -y chromium``)
unless ``--chromium`` says otherwise; it runs headless, sandbox-less, without network
features and with a throwaway profile. ``--no-screenshot`` only writes the HTML.

The default perturbation of the gold is deterministic: it drops, relabels and reshapes
some entities, adds spurious ones, drops and retypes some events and flips some stance
labels, so every outcome and every section kind of the report appears.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsgold
from newsgold.records import Argument, Entity, Record
from newsgold.reports import evaluate
from newsgold.reports.html import html_report
from newsgold.schema import LabelSchema, load_schema

OTHER_TYPE = {"ORG": "PERSON", "PERSON": "ORG", "GPE": "LOC", "LOC": "GPE", "NORP": "ORG", "DATE": "TIME",
              "TIME": "DATE", "CARDINAL": "ORDINAL", "ORDINAL": "CARDINAL", "MONEY": "CARDINAL"}


def perturb(record: Record, text: str, schema: LabelSchema | None = None) -> Record:
    """A deterministic imperfect "system" made from a gold record (see the module docstring).

    The result is a valid prediction record: arguments whose role the new event type lacks
    are dropped, and references to dropped mentions are removed.
    """
    schema = schema or load_schema()
    entities, dropped = [], set()
    for i, e in enumerate(record.entities or ()):
        if i % 9 == 4:
            dropped.add(e.id)  # missed
            continue
        if i % 9 == 6:
            e = dataclasses.replace(e, label=OTHER_TYPE.get(e.label, "ORG"))  # wrong type
        elif i % 13 == 2:
            end = min(len(text), e.end + 4)
            e = dataclasses.replace(e, end=end, text=text[e.start:end])  # wrong boundary
        elif i % 17 == 8 and e.end - e.start > 3:
            e = dataclasses.replace(e, start=e.start + 1, text=text[e.start + 1:e.end],
                                    label=OTHER_TYPE.get(e.label, "ORG"))  # wrong type and boundary
        entities.append(dataclasses.replace(e, note=None))
    for word, label in (("The move", "ORG"), ("indefinite", "DATE"), ("tribal elders", "NORP")):
        start = text.find(word)
        if start >= 0:  # spurious
            entities.append(Entity(start, start + len(word), label, text=word))

    def keep_entity(arg: Argument) -> Argument:
        return dataclasses.replace(arg, entity=None) if arg.entity in dropped else arg

    events, dropped_events = [], set()
    for i, ev in enumerate(record.events or ()):
        if i % 6 == 2:
            dropped_events.add(ev.id)  # missed trigger
            continue
        if i % 5 == 1:  # wrong type; keep the arguments whose role the new type has
            new_type = "conflict.attack.unspecified"
            roles = set(schema.event_roles.get(new_type, ()))
            ev = dataclasses.replace(ev, type=new_type, arguments=tuple(a for a in ev.arguments if a.role in roles))
        events.append(dataclasses.replace(ev, arguments=tuple(keep_entity(a) for a in ev.arguments), note=None))
    flip = {"FAVOR": "AGAINST", "AGAINST": "NONE", "NONE": "FAVOR"}
    stances = []
    for i, st in enumerate(record.stances or ()):
        if (st.target_kind == "event" and st.target_id in dropped_events) or (
                st.target_kind == "entity" and st.target_id in dropped):
            continue  # the target was not predicted
        if st.holder.entity in dropped:
            st = dataclasses.replace(st, holder=dataclasses.replace(st.holder, entity=None))
        if i % 4 == 1:
            st = dataclasses.replace(st, label=flip.get(st.label, st.label))  # wrong label
        stances.append(dataclasses.replace(st, note=None))
    return dataclasses.replace(record, annotator=None, system="perturbed-gold", entities=tuple(entities),
                               events=tuple(events) if record.events is not None else None,
                               stances=tuple(stances) if record.stances is not None else None)


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is for reading
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def screenshot(chromium: str, html: Path, png: Path, window_size: str) -> None:
    with tempfile.TemporaryDirectory(prefix="newsgold-chromium-") as profile:
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--hide-scrollbars", f"--user-data-dir={profile}", f"--window-size={window_size}",
                   f"--screenshot={png}", html.resolve().as_uri()]
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not png.exists():
        raise SystemExit(f"chromium failed ({done.returncode}):\n{done.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("predictions", nargs="?", help="predictions file (.jsonl/.json); default: perturbed gold")
    parser.add_argument("--system", help="system name shown in the report")
    parser.add_argument("--baseline", action="store_true", help="mark the report as a baseline")
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/newsgold-report"))
    parser.add_argument("--n-resamples", type=int, default=1000)
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--window-size", default="1400,3000", help="WIDTH,HEIGHT of the screenshots")
    parser.add_argument("--no-screenshot", action="store_true")
    args = parser.parse_args(argv)

    gold = newsgold.load_gold()
    if args.predictions:
        pred = newsgold.read_records(args.predictions)
        names = {r.system for r in pred if r.system}
        system = args.system or (names.pop() if len(names) == 1 else Path(args.predictions).stem)
    else:
        corpus = newsgold.load_corpus()
        texts = {d.doc_id: d.text for d in corpus}
        pred = [perturb(r, texts[r.doc_id]) for r in gold]
        system = args.system or "perturbed gold"
    report = evaluate(gold, pred, system=system, n_resamples=args.n_resamples, baseline=args.baseline)
    page = html_report(report)

    out = args.out_dir
    html_path = out / "report.html"
    write_atomic(html_path, page)
    print(f"html:        {html_path}")
    if args.no_screenshot:
        return 0
    chromium = shutil.which(args.chromium) or args.chromium
    if not Path(chromium).exists():
        raise SystemExit(f"no Chromium at {args.chromium}; install it (apt-get install -y chromium) or pass --chromium")
    png = out / "report.png"
    screenshot(chromium, html_path, png, args.window_size)
    print(f"screenshot:  {png}")
    if report.documents:
        # Show the document view from the top: hide the header and everything before #documents.
        hide = ("<style>header.top, main > :not(#documents, #documents ~ *) { display: none !important; }"
                "</style></head>")
        docs_html = out / "documents.html"
        write_atomic(docs_html, page.replace("</head>", hide, 1))
        docs_png = out / "documents.png"
        screenshot(chromium, docs_html, docs_png, args.window_size)
        print(f"documents:   {docs_png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
