"""Rich text that loads nothing it should not: the one resource loader of Charter's Qt documents.

Qt's rich text (a ``QTextDocument`` behind a PDF, a preview, a label) loads the images and style
sheets its HTML or Markdown names, from anywhere on the file system, and an SVG image loads the
pictures its own ``<image>`` elements name. Text from a playbook, or a custom template, must not
choose which files are read (a private picture, a device that never ends, a fifo that never
answers). Every Qt document that shows such text is a :class:`ConfinedDocument`:

* with no folder (the editor's previews and the built-in templates), nothing is loaded at all;
* with a folder (a custom template's PDF, in the sandbox's child process), only regular files
  inside it, up to :data:`MAX_RESOURCE_BYTES`, opened first and judged by what was opened (a
  link swapped in between the check and the open is caught, and fails the export with a line);
* an SVG is rewritten before Qt sees it: its pictures are read the same confined way and put
  inside it as data, and every other reference to something outside it goes.
"""

from __future__ import annotations

import base64
import errno
import os
import re
import stat
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from playbooks.format.messages import one_line

#: The largest image or style sheet a document may load.
MAX_RESOURCE_BYTES = 16 * 1024 * 1024

#: Raster images by their first bytes, and the type a data address gives them.
_RASTER = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif", b"BM": "image/bmp"}
#: A reference to something outside the SVG in a style: url(...) not to one of its own #ids.
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)|@import", re.IGNORECASE)


class ConfinedDocument(QTextDocument):
    """A text document that loads resources only from regular files inside ``root`` (no absolute
    path outside it, no ``file://`` elsewhere, no host, no device, fifo or folder, nothing over
    :data:`MAX_RESOURCE_BYTES`); everything else is simply not shown. ``root`` None: nothing.

    ``problems``: resources that changed between their check and their read (a link swapped in),
    one line each; whoever lays the document out decides what that means (the PDF fails).
    """

    def __init__(self, root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = os.path.realpath(root) if root is not None else None
        self.problems: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """The bytes of a resource inside the folder; an empty resource for anything else.

        Never None: for an image Qt then loads the file by its name itself, bypassing this
        method (``/dev/zero`` and ``/etc/...`` included).
        """
        url = name if isinstance(name, QUrl) else QUrl(name)
        wanted = self._wanted(url)
        data = self.read(wanted) if wanted else b""
        if kind == QTextDocument.ResourceType.ImageResource:
            return confined_image(data, os.path.dirname(wanted), self.read)
        return QByteArray(data)

    def _wanted(self, url: QUrl) -> str:
        if self._root is None or url.scheme() not in ("", "file") or url.host():
            return ""
        return url.path(QUrl.ComponentFormattingOption.FullyDecoded)

    def read(self, wanted: str) -> bytes:
        """The bytes of the regular file ``wanted`` names inside the folder ('' for anything else):
        opened first, then judged by what was opened, so that a link put in its place after the
        check is never followed out of the folder."""
        root = self._root
        if root is None or not wanted:
            return b""
        try:
            checked = os.path.realpath(os.path.join(root, wanted))  # an absolute path stays absolute
        except (OSError, ValueError):
            return b""
        if not checked.startswith(root + os.sep):
            return b""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(checked, flags)
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # a link where the checked file was: swapped in meanwhile
                self._changed(wanted)
            return b""
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_RESOURCE_BYTES:
                return b""
            opened = _path_of(fd)
            if opened is not None and not opened.startswith(root + os.sep):
                self._changed(wanted)  # a folder on the way was swapped for a link
                return b""
            data = b""
            while len(data) <= MAX_RESOURCE_BYTES:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                data += chunk
            return data if len(data) <= MAX_RESOURCE_BYTES else b""
        except OSError:
            return b""
        finally:
            os.close(fd)

    def _changed(self, wanted: str) -> None:
        self.problems.append(
            one_line(f"{wanted}: changed while it was read (a link put in its place); it was not used")
        )


def _path_of(fd: int) -> str | None:
    """Where an open file really is (Linux), None where the system cannot say."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def confined_image(data: bytes, base: str, read: Callable[[str], bytes]) -> QImage:
    """An image from ``data``; an SVG first rewritten by :func:`confined_svg` (its pictures read
    through ``read``, relative to ``base``). A transparent pixel for anything that is not one."""
    image = QImage()
    if data:
        kind = _image_format(data)
        if kind in ("svg", "svgz"):
            svg = confined_svg(data, base, read)
            if svg is not None:
                image = _from_data(svg, "svg")
        elif kind:
            image = _from_data(data, kind)
    if image.isNull():
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
    return image


def _from_data(data: bytes, kind: str) -> QImage:
    """``data`` read as an image of format ``kind`` only (never whatever Qt would guess)."""
    loader: Any = QImage.fromData  # PySide6 takes the format as text; its type stubs say bytes
    image: QImage = loader(data, kind)
    return image


def _image_format(data: bytes) -> str:
    """The image format Qt would read ``data`` as ('' for none); an SVG also by its own look."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    kind = bytes(QImageReader.imageFormat(buffer).data()).decode("ascii", "replace").lower()
    buffer.close()
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if kind not in ("svg", "svgz") and (data[:2] == b"\x1f\x8b" or (head.startswith(b"<") and b"<svg" in head)):
        return "svgz" if data[:2] == b"\x1f\x8b" else "svg"
    return kind


def confined_svg(data: bytes, base: str, read: Callable[[str], bytes]) -> bytes | None:
    """The SVG ``data`` with nothing that reaches outside it: every ``<image>`` that names a picture
    gets that picture's bytes as a data address (read by ``read``, relative to ``base``, so only
    from where the document may read; PNG, JPEG, GIF or BMP only, never another SVG), and every
    other reference (``<use>`` of another file, a link, a ``url()`` or ``@import`` in a style) goes.
    None when it is not a well-formed SVG within the XML parser's limits."""
    import gzip
    import zlib

    from lxml import etree  # type: ignore[import-untyped]

    if data[:2] == b"\x1f\x8b":
        try:
            unpacker = zlib.decompressobj(wbits=31)
            data = unpacker.decompress(data, MAX_RESOURCE_BYTES + 1)
        except (zlib.error, gzip.BadGzipFile, EOFError):
            return None
        if len(data) > MAX_RESOURCE_BYTES:
            return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    gone = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if local == "style" and element.text and _OUTSIDE_URL.search(element.text):
            element.text = ""
        for attribute, value in list(element.attrib.items()):
            name = etree.QName(attribute).localname
            if name == "href":
                target = value.strip()
                if target.startswith("#"):
                    continue
                picture = _picture(target, base, read) if local == "image" else None
                if picture is not None:
                    element.set(attribute, picture)
                elif local in ("image", "use", "feImage"):
                    gone.append(element)  # nothing to draw without what it names
                else:
                    del element.attrib[attribute]
            elif _OUTSIDE_URL.search(value):
                del element.attrib[attribute]
    for element in gone:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    cleaned: bytes = etree.tostring(root)
    return cleaned if len(cleaned) <= MAX_RESOURCE_BYTES else None


def _picture(target: str, base: str, read: Callable[[str], bytes]) -> str | None:
    """A raster picture as a data address: one already given as data, or a file read by ``read``."""
    if target.lower().startswith("data:"):
        head, _, payload = target.partition(",")
        if ";base64" not in head.lower():
            return None
        try:
            raw = base64.b64decode(payload, validate=False)
        except ValueError:
            return None
    else:
        url = QUrl(target)
        if url.scheme() not in ("", "file") or url.host():
            return None
        path = urllib.parse.unquote(url.path()) if url.scheme() == "file" else urllib.parse.unquote(target)
        raw = read(path if os.path.isabs(path) else os.path.join(base, path))
    kind = next((kind for magic, kind in _RASTER.items() if raw.startswith(magic)), None)
    if kind is None:
        return None
    return f"data:{kind};base64,{base64.b64encode(raw).decode('ascii')}"


class ConfinedBrowser(QTextBrowser):
    """A read-only rich-text view of playbook text: its document is a :class:`ConfinedDocument`
    that loads nothing (an image a field names is not read), and links are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(ConfinedDocument(None, self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
