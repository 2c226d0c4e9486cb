"""The new-playbook wizard: starter, governance model, scope (regions and the organisation's own
audiences), title, people and roles, folder -> hub and spokes.

The files are written by :func:`playbooks.starters.newhub.create_hub_and_spokes` (never over an
existing file), each is validated, and the hub is opened. Nothing here touches the files
directly, so ``charter new`` and the editor make the same files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from playbooks.checks.governance import HUB_MODELS
from playbooks.checks.validation import validate_file
from playbooks.format.enums import GOVERNANCE_MODEL_EXPLANATIONS, Audience, GovernanceModel, label
from playbooks.format.model import Playbook
from playbooks.starters import STARTERS, load_starter, starter_title
from playbooks.starters.newhub import (
    EXTENSION,
    NewAudience,
    NewHubPlan,
    create_hub_and_spokes,
    slug,
    spoke_file_name,
)
from ui import settings, site
from ui.accessibility import describe, describe_wizard_buttons

#: Regions offered with one click (the user can type any others).
COMMON_REGIONS = ["Americas", "EMEA", "APAC", "UK", "Germany", "France", "Japan", "Canada"]


def _hint(text: str, parent: QWidget) -> QLabel:
    label_widget = QLabel(text, parent)
    label_widget.setWordWrap(True)
    label_widget.setProperty("role", "hint")
    return label_widget


class StarterPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Industry and regime")
        self.setSubTitle("Start from the starter closest to your firm; its regulatory presets come with it.")
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("starters")
        describe(self.list, "The starter closest to your firm: its regulatory presets come with it", "Starters")
        for name, description in STARTERS.items():
            item = QListWidgetItem(f"{starter_title(name)}\n    {description}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.list.setCurrentRow(list(STARTERS).index(site.default_starter()))
        self.list.setSpacing(2)
        layout.addWidget(self.list)

    def starter(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "generic"


class ModelPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Governance model")
        self.setSubTitle("How social media is organised. Hub and spoke is what most regulated firms choose.")
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[GovernanceModel, QRadioButton] = {}
        for model, explanation in GOVERNANCE_MODEL_EXPLANATIONS.items():
            button = QRadioButton(label(model), self)
            button.setObjectName(f"model:{model.value}")
            describe(button, explanation)
            self.group.addButton(button)
            self.buttons[model] = button
            layout.addWidget(button)
            layout.addWidget(_hint(f"      {explanation}", self))
        self.buttons[GovernanceModel.HUB_AND_SPOKE].setChecked(True)
        layout.addStretch(1)

    def model(self) -> GovernanceModel:
        return next((m for m, b in self.buttons.items() if b.isChecked()), GovernanceModel.HUB_AND_SPOKE)


class AudiencesEditor(QWidget):
    """The organisation's own audiences (registered representatives, students, certified
    spokespeople), each with the built-in audience it counts as, whose checks then bind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label_widget = QLabel("&Audiences of your own:", self)
        layout.addWidget(label_widget)
        row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("audienceName")
        self.name.setPlaceholderText("e.g. Volunteers, or Certified spokespeople")
        describe(self.name, "The audience as your policy names it", "Audience name")
        label_widget.setBuddy(self.name)
        self.counts_as = QComboBox(self)
        self.counts_as.setObjectName("audienceCountsAs")
        describe(
            self.counts_as, "The built-in audience it is a kind of: that audience's checks then bind it", "Counts as"
        )
        self.counts_as.addItem("A group of its own", None)
        for audience in Audience:
            self.counts_as.addItem(f"Counts as {label(audience).lower()}", audience.value)
        self.add = QPushButton("Add audience", self)
        self.add.setObjectName("addAudience")
        describe(self.add, "Adds the audience to the policy's scope")
        self.add.clicked.connect(self._on_add_clicked)
        self.name.installEventFilter(self)
        row.addWidget(self.name, 2)
        row.addWidget(self.counts_as, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("audiences")
        describe(self.list, "The audiences of your own the new playbook will define", "Audiences of your own")
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        self.remove = QPushButton("Remove audience", self)
        self.remove.setObjectName("removeAudience")
        describe(self.remove, "Removes the selected audience")
        self.remove.clicked.connect(self._on_remove_clicked)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names
        self.problem.setObjectName("audienceProblem")
        self.problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        layout.addWidget(self.problem)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Return in the name adds the audience; the wizard would otherwise take it for Next and
        # leave the page with the name not added
        if (
            watched is self.name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_add_clicked()
            return True
        return super().eventFilter(watched, event)

    def add_audience(self, name: str, counts_as: Audience | None = None) -> bool:
        """Add ``name`` (False, with the reason shown, when it is empty or already there)."""
        name = name.strip()
        if not name:
            return False
        if any(a.name.casefold() == name.casefold() for a in self.audiences()):
            self.problem.setText(f"'{name}' is already an audience.")
            return False
        self.problem.setText("")
        shown = name if counts_as is None else f"{name} (counts as {label(counts_as).lower()})"
        item = QListWidgetItem(shown, self.list)
        item.setData(Qt.ItemDataRole.UserRole, (name, counts_as.value if counts_as else None))
        return True

    def audiences(self) -> list[NewAudience]:
        out = []
        for row in range(self.list.count()):
            name, counts_as = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            out.append(NewAudience(name, Audience(counts_as) if counts_as else None))
        return out

    def _on_add_clicked(self) -> None:
        value = self.counts_as.currentData()
        if self.add_audience(self.name.text(), Audience(value) if value else None):
            self.name.clear()
            self.counts_as.setCurrentIndex(0)

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)


class RegionsPage(QWizardPage):
    """The scope: the regions that become spokes, and the organisation's own audiences. Nothing here
    looks typed in before the user types it (a grey "Americas / EMEA / APAC" placeholder read as
    three regions), and a model that needs spokes does not go on without one (it used to write a
    hub with a GOV-MODEL-SHAPE error, unsaid)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Scope: regions and audiences")
        layout = QVBoxLayout(self)
        quick = QHBoxLayout()
        quick.addWidget(QLabel("Add:", self))
        for region in COMMON_REGIONS:
            button = QPushButton(region, self)
            button.setObjectName(f"region:{region}")
            button.setAccessibleName(f"Add the region {region}")
            button.setAccessibleDescription(f"Adds {region} to the regions, as a spoke of the hub")
            button.clicked.connect(lambda _c=False, r=region: self.add_region(r))
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)
        label_widget = QLabel("&Regions, one per line:", self)
        layout.addWidget(label_widget)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("regions")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName("Regions")
        self.text.setAccessibleDescription("One region, business unit or brand per line; each becomes a spoke file")
        label_widget.setBuddy(self.text)
        layout.addWidget(self.text)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.summary.setObjectName("regionsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.problem.setObjectName("regionsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        layout.addWidget(self.problem)
        self.audiences = AudiencesEditor(self)
        layout.addWidget(self.audiences)
        self.starter_audiences = _hint("", self)
        self.starter_audiences.setObjectName("starterAudiences")
        layout.addWidget(self.starter_audiences)
        self.text.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        model = self._model()
        if model in HUB_MODELS:
            self.setSubTitle(
                f"{label(model)} needs at least one spoke: each region becomes a spoke file that tailors "
                "the hub (local laws, languages, contacts). Add the groups your policy names of its own."
            )
        else:
            self.setSubTitle(
                f"{label(model)} has no spokes: leave the regions empty for a single playbook, or add regions "
                "to tailor it per region all the same. Add the groups your policy names of its own."
            )
        wizard = self.wizard()
        if isinstance(wizard, NewPlaybookWizard):
            starter = wizard.starter_playbook()
            names = [a.name for a in starter.scope.audience_register]
            self.starter_audiences.setText(
                f"The starter already defines: {', '.join(names)}."
                if names
                else "The starter defines no audiences of its own."
            )

    def add_region(self, region: str) -> None:
        if region not in self.regions():
            lines = [*self.regions(), region]
            self.text.setPlainText("\n".join(lines))

    def regions(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def isComplete(self) -> bool:
        regions = self.regions()
        slugs = [slug(r) for r in regions]
        model = self._model()
        if regions:
            self.summary.setText(
                f"{len(regions)} spoke{'s' if len(regions) != 1 else ''} will be created: {', '.join(regions)}."
            )
        else:
            self.summary.setText("No regions yet.")
        if len(set(slugs)) != len(slugs):
            self.problem.setText("Two regions have the same name.")
        elif not regions and model in HUB_MODELS:
            self.problem.setText(
                f"{label(model)} needs at least one region. Add one, or go Back and choose a model without "
                "spokes (organic, centralized or honeycomb)."
            )
        else:
            self.problem.setText("")
        return not self.problem.text()

    def _model(self) -> GovernanceModel:
        wizard = self.wizard()
        return wizard.model.model() if isinstance(wizard, NewPlaybookWizard) else GovernanceModel.HUB_AND_SPOKE


class PeoplePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Title, people and roles")
        self.setSubTitle(
            "The owner is accountable for the playbook; the executive champion sponsors the programme "
            "(the first reason social media programmes fail is that no executive buys in)."
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        describe(self.title_edit, "The title of the policy as staff will see it")
        self.title_edit.setPlaceholderText("e.g. Acme Bank Social Media Policy")
        self.owner = QLineEdit(settings.user_name(), self)
        self.owner.setObjectName("owner")
        describe(self.owner, "Full name of the person accountable for the playbook")
        self.owner.setPlaceholderText("Full name")
        self.champion = QLineEdit(self)
        self.champion.setObjectName("champion")
        describe(self.champion, "Full name of the executive who sponsors the programme (optional)")
        self.champion.setPlaceholderText("Full name of the sponsoring executive")
        self.roles_text = QPlainTextEdit(self)
        self.roles_text.setObjectName("roles")
        self.roles_text.setTabChangesFocus(True)
        describe(
            self.roles_text,
            "Offices, committees and teams the policy names instead of a person, one per line; owners, "
            "approvers, decision rights and crisis contacts may name them",
            "Roles",
        )
        self.roles_text.setMaximumHeight(90)
        self.starter_roles = _hint("", self)
        self.starter_roles.setObjectName("starterRoles")
        form.addRow("Playbook title", self.title_edit)
        form.addRow("Owner", self.owner)
        form.addRow("Executive champion", self.champion)
        form.addRow("Roles, one per line", self.roles_text)
        layout.addWidget(self.starter_roles)
        layout.addStretch(1)
        self.registerField("title*", self.title_edit)
        self.registerField("owner*", self.owner)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, NewPlaybookWizard):
            names = [r.name for r in wizard.starter_playbook().people.roles]
            self.starter_roles.setText(
                f"The starter already names: {', '.join(names)}. Add the offices and committees your policy "
                "names besides them (e.g. Ethics Committee)."
                if names
                else "Add the offices and committees your policy names (e.g. Social Media Council, Privacy Officer)."
            )

    def roles(self) -> list[str]:
        return [line.strip() for line in self.roles_text.toPlainText().splitlines() if line.strip()]


class FolderPage(QWizardPage):
    def __init__(self, choose_folder: Callable[[QWidget, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Where to save")
        self.setSubTitle("The hub and its spoke files are written into this folder; nothing is overwritten.")
        self.choose_folder = choose_folder
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder = QLineEdit(settings.last_folder("new-playbook") or str(Path.home()), self)
        self.folder.setObjectName("folder")
        describe(self.folder, "The folder the hub and its spoke files are written into", "Folder")
        browse = QPushButton("Choose…", self)
        describe(browse, "Choose the folder for the new files", "Choose a folder")
        browse.clicked.connect(self._on_browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        form = QFormLayout()
        self.stem = QLineEdit(self)
        self.stem.setObjectName("stem")
        describe(self.stem, "The start of the file names; the spokes add their region to it")
        form.addRow("File name", self.stem)
        layout.addLayout(form)
        self.files = QLabel(self)
        self.files.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.files.setObjectName("filesPreview")
        self.files.setWordWrap(True)
        layout.addWidget(self.files)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.problem.setObjectName("wizardProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.folder.textChanged.connect(self._update)
        self.stem.textChanged.connect(self._update)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, NewPlaybookWizard)
        if not self.stem.text():
            self.stem.setText(slug(wizard.people.title_edit.text(), "playbook"))
        self._update()

    def planned_files(self) -> list[Path]:
        wizard = self.wizard()
        assert isinstance(wizard, NewPlaybookWizard)
        folder = Path(self.folder.text().strip())
        stem = slug(self.stem.text(), "playbook")
        return [folder / f"{stem}{EXTENSION}", *(folder / spoke_file_name(stem, r) for r in wizard.regions.regions())]

    def _update(self) -> None:
        files = self.planned_files()
        self.files.setText("Files:\n" + "\n".join(f"  {p.name}" for p in files))
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self.problem.setText("That folder does not exist.")
        elif any(p.exists() for p in files):
            self.problem.setText(f"{next(p for p in files if p.exists()).name} already exists in that folder.")
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem.text() and bool(self.folder.text().strip())

    def _on_browse(self) -> None:
        folder = self.choose_folder(self, self.folder.text())
        if folder:
            self.folder.setText(folder)


class NewPlaybookWizard(QWizard):
    """Ask for what a new hub needs and write it with its spokes.

    After ``accept``, :attr:`hub_path` is the new hub and :attr:`reports` their validation.
    """

    def __init__(
        self, parent: QWidget | None = None, *, choose_folder: Callable[[QWidget, str], str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPlaybookWizard")
        self.setWindowTitle("New playbook")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        describe_wizard_buttons(self)
        self.resize(760, 560)
        chooser = choose_folder or (lambda parent, start: QFileDialog.getExistingDirectory(parent, "Folder", start))
        self.starter = StarterPage(self)
        self.model = ModelPage(self)
        self.regions = RegionsPage(self)
        self.people = PeoplePage(self)
        self.folder = FolderPage(chooser, self)
        for page in (self.starter, self.model, self.regions, self.people, self.folder):
            self.addPage(page)
        self.hub_path: Path | None = None
        self.spoke_paths: list[Path] = []
        self.summary = ""
        self._starter: tuple[str, Playbook] | None = None

    def starter_playbook(self) -> Playbook:
        """The chosen starter, read once per choice (the scope and people pages show what it defines)."""
        name = self.starter.starter()
        if self._starter is None or self._starter[0] != name:
            self._starter = (name, load_starter(name))
        return self._starter[1]

    def plan(self) -> NewHubPlan:
        return NewHubPlan(
            starter=self.starter_playbook(),
            title=self.people.title_edit.text().strip(),
            model=self.model.model(),
            owner=self.people.owner.text().strip(),
            champion=self.people.champion.text().strip(),
            regions=self.regions.regions(),
            stem=slug(self.folder.stem.text(), "playbook"),
            roles=self.people.roles(),
            audiences=self.regions.audiences.audiences(),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.folder:
            return super().validateCurrentPage()
        try:
            hub, spokes = create_hub_and_spokes(self.plan(), self.folder.folder.text().strip())
        except (ValueError, KeyError, OSError) as exc:
            self.folder.problem.setText(f"The playbook was not created: {exc}")
            return False
        self.hub_path, self.spoke_paths = hub, spokes
        settings.set_last_folder("new-playbook", str(hub.parent))
        notes = []
        for path in (hub, *spokes):
            report = validate_file(path)
            bad = report.unreadable or next(
                (
                    f.message
                    for f in report.findings
                    if f.code.startswith(("SCHEMA", "SPOKE-")) and f.severity.value == "error"
                ),
                "",
            )
            if bad:
                notes.append(f"{path.name}: {bad}")
        self.summary = "\n".join(notes)
        return True
