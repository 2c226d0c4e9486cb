"""The audit trail: sign-offs, the change log, and comparing two versions of a playbook.

* :mod:`.signoff`: who approved which exact content (the fingerprint), and what changed since;
* :mod:`.compare`: the differences between two playbooks, by section and field;
* :mod:`.changelog`: the change-log entry proposed from an edit's differences.
"""
