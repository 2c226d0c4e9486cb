"""Custom templates: a hardened jinja2 sandbox, rendered in a child process with hard limits.

An organisation may point Charter at its own template folder. Those templates are treated
as untrusted code, in layers (tech-notes section 5):

1. :class:`HardenedEnvironment`: jinja2's ``ImmutableSandboxedEnvironment`` (no dunder or
   introspection escapes, no mutation of the data) plus caps on ``range``, on ``*`` and
   ``**`` (repetition and powers), on the width arguments of ``format``/``center``/
   ``slice``/``indent``, no ``lipsum``, ``StrictUndefined``; templates load only from the
   folder itself (no ``..``, no symlinks out), each under a size cap.
2. Plain data only: the context is forced through JSON, so no model, path or callable
   reaches a template.
3. A child process (``spawn``) with a wall-clock limit, an address-space limit
   (``RLIMIT_AS``), a CPU-time limit, no file writes (``RLIMIT_FSIZE``) and an output cap.
   Whatever a template does, Charter stays up and reports one line.

The same child (:func:`run_confined`) lays out and paints a custom template's PDF
(``ui/pdf.py``): Qt's rich-text engine crashes on thousands of nested tables and takes
minutes over a few dozen, and an image can ask for gigabytes; there, that costs the child,
never the editor.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from jinja2.exceptions import FilterArgumentError, SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from playbooks.format.language import SOURCE_LANGUAGE, using
from playbooks.format.messages import one_line


@dataclass(frozen=True)
class Limits:
    """The limits a custom template renders under."""

    seconds: float = 10.0
    memory_bytes: int = 1024 * 1024 * 1024
    output_bytes: int = 32 * 1024 * 1024
    template_bytes: int = 512 * 1024
    max_range: int = 10_000
    max_repeat: int = 1_000_000
    max_exponent: int = 1_000
    max_width: int = 1_000


class TemplateProblem(Exception):
    """A custom template that cannot be rendered; ``str()`` is the whole one-line message, naming
    the template's file and line (what :func:`run_confined` reports as it is)."""


# ---------------------------------------------------------------- the environment


class ConfinedLoader(jinja2.FileSystemLoader):
    """Loads templates from one folder only, each under a size cap."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        super().__init__(str(folder), followlinks=False)
        self.root = os.path.realpath(folder)
        self.max_bytes = max_bytes

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's source, refused when it resolves outside the folder or is too large."""
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        if not real.startswith(self.root + os.sep):
            raise jinja2.TemplateNotFound(f"{template} (outside the template folder)")
        if len(source.encode("utf-8")) > self.max_bytes:
            raise SecurityError(f"template {template} is larger than {self.max_bytes // 1024} KB")
        return source, filename, uptodate


_WIDTH = re.compile(r"%[-+ #0]*(\d+|\*)?(?:\.(\d+|\*))?")


def _capped_range(limit: int) -> Callable[..., range]:
    # a plain function, not a bound method: nothing in a template can reach the environment
    def capped_range(*args: int) -> range:
        rng = range(*args)
        if len(rng) > limit:
            raise SecurityError(f"range() is limited to {limit} items in custom templates")
        return rng

    return capped_range


class HardenedEnvironment(ImmutableSandboxedEnvironment):
    """``ImmutableSandboxedEnvironment`` with resource caps (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, limits: Limits, **options: Any) -> None:
        options.setdefault("undefined", jinja2.StrictUndefined)
        super().__init__(**options)
        self.limits = limits
        self.globals.pop("lipsum", None)
        self.globals["range"] = _capped_range(limits.max_range)
        self.filters["format"] = self._format_filter
        self.filters["center"] = self._capped_width(self.filters["center"], "center")
        self.filters["indent"] = self._capped_width(self.filters["indent"], "indent")
        self.filters["slice"] = self._capped_width(self.filters["slice"], "slice")
        self.filters["wordwrap"] = self._capped_width(self.filters["wordwrap"], "wordwrap")
        self.filters["truncate"] = self._capped_width(self.filters["truncate"], "truncate")

    def _capped_width(self, function: Callable[..., Any], name: str) -> Callable[..., Any]:
        limit = self.limits.max_width

        def capped(*args: Any, **kwargs: Any) -> Any:
            for value in (*args[1:], *kwargs.values()):
                if isinstance(value, int) and not isinstance(value, bool) and abs(value) > limit:
                    raise SecurityError(f"the '{name}' filter's width is limited to {limit}")
            return function(*args, **kwargs)

        capped.__name__ = name
        return capped

    def _check_format_string(self, fmt: str) -> None:
        for width, precision in _WIDTH.findall(fmt):
            for part in (width, precision):
                if part == "*" or (part and int(part) > self.limits.max_width):
                    raise SecurityError(f"format widths are limited to {self.limits.max_width}")

    def _format_filter(self, value: Any, *args: Any, **kwargs: Any) -> str:
        if args and kwargs:
            raise FilterArgumentError("can't handle positional and keyword arguments at the same time")
        fmt = str(value)
        self._check_format_string(fmt)
        return fmt % (kwargs or args)

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``**`` and ``%`` with caps on repetition, powers and format widths."""
        limits = self.limits
        if operator == "**":
            if isinstance(right, (int, float)) and abs(right) > limits.max_exponent:
                raise SecurityError(f"powers are limited to an exponent of {limits.max_exponent}")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() * abs(right) > 100_000:
                raise SecurityError("the result of this power would be too large")
        elif operator == "*":
            for seq, times in ((left, right), (right, left)):
                repeated = isinstance(seq, (str, list, tuple, bytes)) and isinstance(times, int)
                if repeated and len(seq) * times > limits.max_repeat:
                    raise SecurityError(f"repetition is limited to {limits.max_repeat} items in custom templates")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > 100_000:
                raise SecurityError("the result of this multiplication would be too large")
        elif operator == "%" and isinstance(left, str):
            self._check_format_string(left)
        return super().call_binop(context, operator, left, right)


def make_environment(folder: Path, limits: Limits, autoescape: bool) -> HardenedEnvironment:
    """The hardened environment over a custom template folder, with Charter's filters."""
    from playbooks.export.render import install_filters

    env = HardenedEnvironment(limits, loader=ConfinedLoader(folder, limits.template_bytes), autoescape=autoescape)
    install_filters(env)
    return env


# ---------------------------------------------------------------- the child process


def _apply_rlimits(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # not on Windows; the wall clock and output cap still hold
        return
    seconds = int(limits.seconds) + 2
    for which, value in (
        (resource.RLIMIT_AS, limits.memory_bytes),
        (resource.RLIMIT_CPU, seconds),
        (resource.RLIMIT_FSIZE, 0),
    ):
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (value, value))


def _where(exc: BaseException, folder: Path, name: str) -> str:
    """'<folder>/<file>:<line>' of the innermost template frame of an exception."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
        name = exc.filename or exc.name or "template"
        return f"{name}:{exc.lineno}"
    root = os.path.realpath(folder)
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__) if os.path.realpath(f.filename).startswith(root + os.sep)
    ]
    if frames:
        return f"{frames[-1].filename}:{frames[-1].lineno}"
    return str(folder / name)


def _describe(exc: BaseException) -> str:
    from playbooks.export.context import ExportError

    if isinstance(exc, ExportError):
        return str(exc)  # already a sentence of Charter's own (a resource that changed while read)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"syntax error: {exc.message}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template not found: {exc.name}"
    if isinstance(exc, jinja2.UndefinedError):
        return f"undefined: {exc.message}"
    if isinstance(exc, SecurityError):
        return f"blocked by the sandbox: {exc}"
    if isinstance(exc, MemoryError):
        return "the template used more memory than allowed"
    if isinstance(exc, RecursionError):
        return "the template recursed too deeply"
    message = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _render_text(env: HardenedEnvironment, name: str, context: dict[str, Any], limits: Limits) -> str:
    template = env.get_template(name)
    parts: list[str] = []
    size = 0
    stream: Iterator[str] = template.generate(context)
    for chunk in stream:
        size += len(chunk)
        if size > limits.output_bytes:
            raise SecurityError(f"the output is larger than {limits.output_bytes // (1024 * 1024)} MB")
        parts.append(chunk)
    return "".join(parts)


def _render_docx(env: HardenedEnvironment, path: Path, context: dict[str, Any], limits: Limits) -> bytes:
    import io

    from docxtpl import DocxTemplate

    if path.stat().st_size > limits.template_bytes * 8:
        raise SecurityError(f"Word template {path.name} is too large")
    tpl = DocxTemplate(str(path))
    tpl.render(context, jinja_env=env, autoescape=True)
    buffer = io.BytesIO()
    tpl.save(buffer)
    data = buffer.getvalue()
    if len(data) > limits.output_bytes:
        raise SecurityError(f"the output is larger than {limits.output_bytes // (1024 * 1024)} MB")
    return data


def _render(folder: str, name: str, context_json: str, limits: Limits, mode: str) -> str | bytes:
    """Runs in the child process: the rendered template, or :class:`TemplateProblem` (one line)."""
    root = Path(folder)
    try:
        context = json.loads(context_json)
        env = make_environment(root, limits, autoescape=mode != "md")
        # the child starts in English: ``_`` in a custom template speaks the document's language
        with using(str(context.get("language") or SOURCE_LANGUAGE)):
            if mode == "docx":
                return _render_docx(env, root / name, context, limits)
            return _render_text(env, name, context, limits)
    except BaseException as exc:  # everything a template can raise becomes one line for the parent
        raise TemplateProblem(f"custom template {_where(exc, root, name)}: {_describe(exc)}") from None


def _child(
    conn: Connection, err: Connection, target: Callable[..., Any], args: tuple[Any, ...], limits: Limits, what: str
) -> None:
    """Runs in the child process: call ``target``, send ('ok', result) or ('error', one line):
    a :class:`TemplateProblem`'s own, or ``what`` and the exception in a few words. Whatever
    the child (or a library in it: Qt's warnings, C++'s last words) writes to stderr goes to
    ``err``, never to the terminal: the parent makes at most one line of it."""
    os.dup2(err.fileno(), 2)
    err.close()
    _apply_rlimits(limits)
    try:
        result = target(*args)
        size = len(result) if isinstance(result, str | bytes) else 0
        if size > limits.output_bytes:
            raise TemplateProblem(f"{what}: the output is larger than {limits.output_bytes // (1024 * 1024)} MB")
        conn.send(("ok", result))
    except BaseException as exc:
        try:
            conn.send(("error", str(exc) if isinstance(exc, TemplateProblem) else f"{what}: {_describe(exc)}"))
        except BaseException:
            os._exit(3)
    finally:
        conn.close()


def render_custom(folder: Path, name: str, context: dict[str, Any], limits: Limits, *, autoescape: bool = True) -> str:
    """Render template ``name`` of ``folder`` in a child process; :class:`ExportError` on failure."""
    mode = "html" if autoescape else "md"
    result = _run_template(folder, name, context, limits, mode)
    assert isinstance(result, str)
    return result


def render_custom_docx(folder: Path, name: str, context: dict[str, Any], limits: Limits) -> bytes:
    """Render a custom Word template (docxtpl, autoescaped) in the sandbox's child process."""
    result = _run_template(folder, name, context, limits, "docx")
    assert isinstance(result, bytes)
    return result


def find_template(folder: Path, name: str) -> Path | None:
    """``folder/name`` if the custom folder has it (a file inside the folder, no symlink out)."""
    candidate = folder / name
    if not candidate.is_file():
        return None
    root = os.path.realpath(folder)
    return candidate if os.path.realpath(candidate).startswith(root + os.sep) else None


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start children without multiprocessing's re-import of ``__main__``.

    The child needs only this module; re-running the main script there is at best slow and
    fails outright when there is no script (an interactive session, ``python -c``).
    """
    main = sys.modules.get("__main__")
    saved = {key: getattr(main, key) for key in ("__file__", "__spec__") if main is not None and hasattr(main, key)}
    try:
        if main is not None:
            if "__file__" in saved:
                del main.__file__
            if "__spec__" in saved:
                main.__spec__ = None
        yield
    finally:
        for key, value in saved.items():
            setattr(main, key, value)


def _process_context() -> Any:
    """forkserver where there is one (a clean, single-threaded server with this module preloaded:
    each render forks in milliseconds); spawn elsewhere. Never plain fork: the editor has threads."""
    # a frozen (PyInstaller) build re-enters main.py for children; spawn is what it supports
    # with multiprocessing.freeze_support() there
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(sys, "frozen", False):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__])
        return ctx
    return multiprocessing.get_context("spawn")


def _run_template(folder: Path, name: str, context: dict[str, Any], limits: Limits, mode: str) -> str | bytes:
    from playbooks.export.context import ExportError

    if find_template(folder, name) is None:
        raise ExportError(f"{folder}: the template folder has no '{name}'")
    try:
        # plain data only: JSON admits no objects, paths or callables
        context_json = json.dumps(context, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ExportError(f"internal error: the template context is not plain data ({exc})") from None
    return run_confined(
        _render, (str(folder), name, context_json, limits, mode), limits, what=f"custom template {folder / name}"
    )


Result = TypeVar("Result")


def run_confined(target: Callable[..., Result], args: tuple[Any, ...], limits: Limits, *, what: str) -> Result:
    """``target(*args)`` in a child process under ``limits`` (time, memory, CPU, no file writes,
    output size); :class:`ExportError`, one line starting with ``what``, when it fails, is
    stopped or dies. ``target`` must be a module-level function, its arguments and result plain
    data (they cross a pipe). Whatever it does, this process stays up."""
    from playbooks.export.context import ExportError

    ctx = _process_context()
    parent, child = ctx.Pipe(duplex=False)
    said, saying = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=_child, args=(child, saying, target, args, limits, what), name="charter-template", daemon=True
    )
    with _main_module_hidden():
        process.start()
    child.close()
    saying.close()
    stderr = _Drain(said)
    try:
        if parent.poll(limits.seconds):
            try:
                status, payload = parent.recv()
            except (EOFError, OSError):
                status, payload = "crash", None
        else:
            status, payload = "timeout", None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        parent.close()
        said_text = stderr.finish()
    if status == "ok":
        return payload  # type: ignore[no-any-return]
    if status == "error":
        raise ExportError(one_line(str(payload)))
    if status == "timeout":
        raise ExportError(f"{what}: stopped after {limits.seconds:g} s (too slow, or an endless loop){said_text}")
    raise ExportError(f"{what}: stopped without a result ({_died(process.exitcode, limits)}){said_text}")


class _Drain:
    """Reads what the child writes to its stderr while it runs (so that it never blocks on a full
    pipe), keeps the first :data:`KEEP` bytes, and makes at most one line of them."""

    KEEP = 16 * 1024

    def __init__(self, said: Connection) -> None:
        import threading

        self._said = said
        self._kept = bytearray()
        self._thread = threading.Thread(target=self._read, name="charter-template-stderr", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        fd = self._said.fileno()
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            if len(self._kept) < self.KEEP:
                self._kept += chunk[: self.KEEP - len(self._kept)]

    def finish(self) -> str:
        """'' or ``"; it said: <its last line>"`` (escaped, cut), once the child has ended."""
        self._thread.join(2)
        if not self._thread.is_alive():
            self._said.close()
        lines = [line.strip() for line in self._kept.decode("utf-8", "replace").splitlines() if line.strip()]
        if not lines:
            return ""
        last = one_line(lines[-1])
        return f"; it said: {last[:160]}{'…' if len(last) > 160 else ''}"


def _died(exitcode: int | None, limits: Limits) -> str:
    """Why a child ended without a result, in words."""
    import signal

    memory = f"{limits.memory_bytes // (1024 * 1024)} MB"
    reasons = {
        signal.SIGSEGV: f"it crashed; too deeply nested, or it needed more than the {memory} allowed",
        signal.SIGABRT: f"it needed more than the {memory} of memory allowed, or crashed",
        signal.SIGKILL: f"it was killed; it may have needed more than the {memory} allowed",
    }
    if hasattr(signal, "SIGXCPU"):
        reasons[signal.SIGXCPU] = "it used more processor time than allowed"
    if exitcode is not None and exitcode < 0 and -exitcode in reasons:
        return reasons[signal.Signals(-exitcode)]
    return f"exit code {exitcode}; it may have needed more than the {memory} of memory allowed"
