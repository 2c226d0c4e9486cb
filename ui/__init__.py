"""The Qt desktop editor: document, undoable commands, forms, main window."""
