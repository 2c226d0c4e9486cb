"""A guard that records (and refuses) every attempt to reach the network from Python.

``install()`` wraps ``socket.socket`` (Internet families only: local socket pairs, which
multiprocessing uses, stay allowed), ``socket.create_connection``, ``socket.getaddrinfo``
and ``socket.gethostbyname``. ``python -m tests.robustness.netguard ARGS`` runs
``main.py ARGS`` under the guard and prints ``network attempts: N`` on stderr at the end,
for subprocess tests of the editor. C and C++ code (Qt) bypasses Python's socket module: the
tests also run under ``strace`` and ``unshare -n`` where the machine allows.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from typing import Any

ATTEMPTS: list[str] = []
_INTERNET = {socket.AF_INET, socket.AF_INET6}


def _refuse(what: str) -> OSError:
    ATTEMPTS.append(what)
    return OSError(101, f"network is not allowed in Charter ({what})")


def install() -> Callable[[], None]:
    """Install the guard; return a function that removes it."""
    real_socket = socket.socket
    saved: dict[str, Any] = {
        name: getattr(socket, name) for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname")
    }

    class GuardedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, family: Any = -1, type: Any = -1, proto: Any = -1, fileno: Any = None) -> None:
            if fileno is None and (family == -1 or family in _INTERNET):
                raise _refuse(f"socket({family})")
            super().__init__(family, type, proto, fileno)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        raise _refuse(f"create_connection({address!r})")

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise _refuse(f"getaddrinfo({host!r})")

    def gethostbyname(host: Any) -> Any:
        raise _refuse(f"gethostbyname({host!r})")

    socket.socket = GuardedSocket  # type: ignore[misc]
    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname

    def remove() -> None:
        for name, value in saved.items():
            setattr(socket, name, value)

    return remove


def main(argv: list[str]) -> int:
    install()
    sys.path.insert(0, ".")
    import main as charter

    try:
        code = charter.main(argv)
    finally:
        sys.stderr.write(f"network attempts: {len(ATTEMPTS)} {ATTEMPTS[:3]}\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
