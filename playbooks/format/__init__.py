"""The playbook format: the model (every section and field), its vocabularies and its rules.

* :mod:`.model`: the pydantic models of a playbook (DOMAIN.md, sections 1-17);
* :mod:`.fields`: the field helpers every model uses (title, description, long text, references);
* :mod:`.enums`: the fixed vocabularies and their wording for people (:mod:`.paper`: paper sizes);
* :mod:`.references`: reference integrity (ids that other items name);
* :mod:`.paths`: a field's address (index paths, keyed addresses), and changing a playbook
  without mutating it;
* :mod:`.identity`: an item's key in its list, its name for people, a field's place in words;
* :mod:`.differences`: how two playbooks differ, items matched by key;
* :mod:`.messages`: the plain wording of what the format refuses;
* :mod:`.findings`: problems at a place (issues) and findings with a code and severity.

Kept free of file handling (:mod:`playbooks.io`) so that everything else can build on it.
"""
