"""Charter's benchmark suite: ``python -m bench`` (see ``bench/RESULTS.md`` for the latest table).

The package is tooling, not part of the product: it imports ``playbooks`` like any client,
keeps the main process free of Qt (GUI measurements run in a subprocess) and never touches
the network.
"""
