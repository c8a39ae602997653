"""The chat's core: what a reply's thinking section is, and which recommended model fits this computer."""
