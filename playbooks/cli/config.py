"""``charter config [--format text|json]``: the effective site configuration and where each value comes from.

Lists every key of :mod:`playbooks.io.config` with its value and origin (default, system file,
user file, ``CHARTER_CONFIG``), marks locked keys and the values a lock kept out, and the files
that were looked for. Problems (in the files, a starter Charter does not have, a template folder
or hub that is not there) are one line each on stderr. Exit code 0 when there is none, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from playbooks.cli.main import EXIT_FINDINGS, EXIT_OK, say, site_config
from playbooks.format.messages import one_line
from playbooks.io import config
from playbooks.starters import site_starter


def register(commands: Any) -> None:
    """Add the ``config`` command."""
    parser = commands.add_parser(
        "config",
        help="show the site configuration: each value and where it comes from",
        description="The effective configuration: defaults, the system file "
        f"({config.system_file()}), the user file ({config.user_file()}) and the file named by "
        f"{config.ENVIRONMENT_VARIABLE}, in that order of precedence; a key the system file locks "
        "keeps its value.",
    )
    parser.add_argument("--format", default="text", choices=["text", "json"], help="text (default) or json")
    parser.set_defaults(run=run)


def checks(site: config.SiteConfig) -> list[str]:
    """Problems with values that are well-formed but not usable here, one line each."""
    found = []
    _starter, problem = site_starter(site)
    if problem:
        found.append(problem)
    folder = site.template_dir
    if folder is not None and not folder.is_dir():
        found.append(site.problem("template_dir", f"{folder}: no such folder"))
    hub = site.hub
    if hub is not None and not hub.is_file():
        found.append(site.problem("hub", f"{hub}: no such file"))
    return found


def _json_value(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


def run(args: argparse.Namespace) -> int:
    """Print the configuration; the exit code as described above."""
    site = site_config()
    found = checks(site)
    for problem in found:
        say(f"charter: warning: {problem}", err=True)
    if args.format == "json":
        data = {
            "settings": {
                key: {
                    "value": _json_value(setting.value),
                    "source": setting.source.value,
                    "file": None if setting.path is None else str(setting.path),
                    "locked": setting.locked,
                    "overruled": [
                        {"source": source.value, "file": str(path), "value": _json_value(value)}
                        for source, path, value in setting.overruled
                    ],
                }
                for key, setting in site.settings.items()
            },
            "files": [{"source": f.source.value, "path": str(f.path), "status": f.status} for f in site.files],
            "problems": [*site.problems, *found],
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(text(site))
    return EXIT_FINDINGS if site.problems or found else EXIT_OK


def text(site: config.SiteConfig) -> str:
    """The configuration as an aligned table, then the files, lowest precedence first."""
    rows = [("key", "value", "from")]
    rows += [(key, config.display(s.value), s.origin) for key, s in site.settings.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    lines = [f"{key:<{widths[0]}}  {value:<{widths[1]}}  {origin}".rstrip() for key, value, origin in rows]
    for key, setting in site.settings.items():
        for source, path, value in setting.overruled:
            lines.append(
                one_line(f"  {key}: {source.value} {path} says {config.display(value)}: ignored, the site locks {key}")
            )
    lines.append("")
    lines.append("Files, lowest precedence first:")
    files = [(f.source.value, one_line(str(f.path)), one_line(f.status)) for f in site.files]
    if not any(f.source is config.Source.ENVIRONMENT for f in site.files):
        files.append((config.ENVIRONMENT_VARIABLE, "", "not set"))
    widths = [max(len(row[i]) for row in files) for i in range(2)]
    lines += [f"  {label:<{widths[0]}}  {path:<{widths[1]}}  {status}" for label, path, status in files]
    return "\n".join(lines) + "\n"
