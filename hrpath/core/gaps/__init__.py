"""Readiness: how close a person is to each role, certification eligibility and the gaps report."""
