"""Helpers for the tests: tiny synthetic models, a fake Hub and misbehaving servers on loopback. Not installed."""
