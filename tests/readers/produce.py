"""Write every output the reader tests check into one folder, through the command line.

Run as its own process (``python -m tests.readers.produce FOLDER``): PDF export starts Qt, and
the test process must not own a Qt application before pytest-qt makes its own. Everything goes
through ``charter`` commands exactly as a user runs them: every document of the example hub and
of its EMEA spoke in every format it offers, ``validate --format sarif``, ``schema``, and YAML
that Charter wrote (the examples saved again, a playbook from every starter, a new spoke).
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
#: The playbooks whose documents are checked: the hub, and a spoke (the only source of an addendum).
SOURCES = ("meridian-securities-hub", "meridian-securities-spoke-emea")
#: The first line an editor user adds to have the YAML language server check the file.
MODELINE = "# yaml-language-server: $schema=../schema.json\n"


def charter(*args: str) -> str:
    """Run one ``charter`` command in this process; its standard output. Fails on a non-zero exit."""
    import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main.main(list(args))
    if code != 0:
        raise SystemExit(f"charter {' '.join(args)}: exit {code}")
    return out.getvalue()


def produce(folder: Path) -> None:
    """Every output into ``folder``: documents/, validate.sarif, schema.json, yaml/."""
    from playbooks.export import DOCUMENTS, formats_for
    from playbooks.io.storage import load, save
    from playbooks.starters import STARTERS
    from playbooks.tailoring import load_spoke, save_spoke

    documents = folder / "documents"
    documents.mkdir(parents=True)
    for stem in SOURCES:
        source = EXAMPLES / f"{stem}.playbook.yaml"
        for doc in DOCUMENTS:
            if doc == "addendum" and "spoke" not in stem:
                continue  # a hub has no addendum
            for fmt in formats_for(doc):
                charter(
                    "export", str(source), "--doc", doc, "--format", fmt, "-o", str(documents / f"{stem}-{doc}.{fmt}")
                )
    examples = sorted(str(p) for p in EXAMPLES.glob("*.playbook.yaml"))
    (folder / "validate.sarif").write_text(charter("validate", "--format", "sarif", *examples), encoding="utf-8")
    charter("schema", "-o", str(folder / "schema.json"))
    written = folder / "yaml"
    written.mkdir()
    for example in EXAMPLES.glob("*.playbook.yaml"):
        # what the editor does on File > Save, for a hub and for a spoke
        copy = written / example.name
        shutil.copyfile(example, copy)
        if "spoke" in example.name:
            save_spoke(load_spoke(copy), copy)
        else:
            save(load(copy), copy)
    # an editor's first line, naming the schema: Charter keeps it when it saves
    for example in ("meridian-securities-hub", "meridian-securities-spoke-emea"):
        source = EXAMPLES / f"{example}.playbook.yaml"
        copy = written / f"modeline-{example.rsplit('-', 1)[-1]}.playbook.yaml"
        copy.write_text(MODELINE + source.read_text(encoding="utf-8"), encoding="utf-8")
        if "spoke" in example:
            save_spoke(load_spoke(copy), copy)
        else:
            save(load(copy), copy)
    hub = written / "meridian-securities-hub.playbook.yaml"
    spoke = written / "meridian-securities-spoke-emea.playbook.yaml"
    charter("resolve", str(spoke), "-o", str(written / "resolved-emea.playbook.yaml"))
    for name in STARTERS:
        charter("new", "--preset", name, "-o", str(written / f"starter-{name}.playbook.yaml"))
    charter("new", "--spoke-of", str(hub), "--region", "Nordics", "-o", str(written / "new-spoke.playbook.yaml"))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    produce(Path(sys.argv[1]))
