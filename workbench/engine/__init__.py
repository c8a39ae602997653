"""The engine: backends, the engine process and its client."""
