"""Fusion style with a light or dark palette, and the few style rules the forms rely on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from ui.settings import Theme

_STYLE = """
QLabel[role="heading"] { font-size: %(heading)dpt; font-weight: 600; }
QLabel[role="hint"] { color: %(hint)s; }
QLabel[role="error"] { color: %(error)s; font-size: %(small)dpt; }
QLabel#scorecard { padding: 4px 2px; }
*[invalid="true"] { border: 1px solid %(error)s; border-radius: 3px; }
QGroupBox { font-weight: 600; margin-top: 1.2em; padding-top: 0.4em; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QTableView, QGroupBox QListWidget, QGroupBox QLineEdit,
QGroupBox QPlainTextEdit, QGroupBox QComboBox, QGroupBox QToolButton, QGroupBox QSpinBox,
QGroupBox QDoubleSpinBox, QGroupBox QDateEdit, QGroupBox QTextBrowser { font-weight: normal; }
QGroupBox#detailBox { border: 1px solid %(accent)s; border-radius: 4px; }
QFrame#banner { background: %(banner)s; border-bottom: 1px solid %(mid)s; }
QTreeWidget#navigator { padding-top: 4px; }
QTreeWidget#navigator::item { padding: 4px 2px; }
"""


def is_dark(theme: Theme) -> bool:
    """Whether ``theme`` means dark here (following the system where asked)."""
    if theme is Theme.DARK:
        return True
    if theme is Theme.LIGHT:
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(37, 39, 43), QColor(48, 50, 55), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(44, 46, 51))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor(60, 63, 68))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(45, 110, 190))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Mid, QColor(70, 72, 78))
    p.setColor(QPalette.ColorRole.Dark, QColor(25, 26, 29))
    p.setColor(QPalette.ColorRole.Light, QColor(80, 83, 90))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(246, 247, 249), QColor(255, 255, 255), QColor(28, 30, 33)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(242, 244, 247))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor(255, 255, 225))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor(238, 240, 243))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor(38, 101, 179))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Link, QColor(20, 90, 180))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(150, 150, 150))
    return p


class _Style(QProxyStyle):
    """Fusion, with a frame on every check box that reads against its background.

    Fusion outlines a check box in a shade of the window colour, darker still: on the dark
    palette's fields that frame all but vanishes, and an unticked option looks like plain text
    (issue 19, point 1). The frame is drawn again in the text colour, half strength.
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element is QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            frame = QColor(option.palette.color(QPalette.ColorRole.Text))
            frame.setAlpha(140)
            painter.save()
            painter.setPen(frame)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


def apply(app: QApplication, theme: Theme) -> None:
    """Fusion, the palette for ``theme``, and the form style rules."""
    if not isinstance(app.style(), _Style):
        app.setStyle(_Style(QStyleFactory.create("Fusion")))
    dark = is_dark(theme)
    app.setPalette(dark_palette() if dark else light_palette())
    size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    app.setStyleSheet(
        _STYLE
        % {
            "heading": round(size * 1.6),
            "small": max(7, round(size * 0.9)),
            "hint": "#9aa0a6" if dark else "#5f6368",
            "error": "#ff7b72" if dark else "#c5221f",
            "accent": "#3d6fb0" if dark else "#a8c1e6",
            "banner": "#4a3f1f" if dark else "#fff4ce",
            "mid": "#6b5d2e" if dark else "#e6d28a",
        }
    )
