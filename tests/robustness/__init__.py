"""Reliability and security campaign (issue 10): hostile files, crashes, full disks, templates."""
