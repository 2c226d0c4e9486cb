"""Charter's domain: social media governance playbooks, without any Qt.

Nothing in this package imports PySide6 (a test enforces it): the command line does to a
file everything the editor does.
"""

__version__ = "0.1.0"
