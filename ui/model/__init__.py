"""Loading and unloading the model the chat talks to."""
