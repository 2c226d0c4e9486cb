"""The playbook format: the model (every section and field), its vocabularies and its rules.

* :mod:`.model`: the pydantic models of a playbook (DOMAIN.md, sections 1-17);
* :mod:`.fields`: the field helpers every model uses (title, description, long text, references);
* :mod:`.enums`: the fixed vocabularies and their wording for people;
* :mod:`.references`: reference integrity (ids that other items name);
* :mod:`.paths`: field paths, and changing a playbook without mutating it.

Kept free of file handling (:mod:`playbooks.io`) so that everything else can build on it.
"""
