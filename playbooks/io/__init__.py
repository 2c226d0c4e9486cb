"""Files: reading and writing playbooks, and everything that guards them on disk.

* :mod:`.yamlio`: strict, safe YAML reading and deterministic writing;
* :mod:`.storage`: loading (limits, migrations, clear errors) and atomic saves;
* :mod:`.reader`: reading any playbook file (a hub, or a spoke resolved against its hub);
* :mod:`.locking`: lock files, so two Charters do not edit one file unawares;
* :mod:`.recovery`: autosave copies kept outside the user's file;
* :mod:`.logs`: where Charter writes its log.

Nothing here is imported before the editor's first paint but :mod:`.logs` (start-up time), so
this ``__init__`` stays empty of imports.
"""
