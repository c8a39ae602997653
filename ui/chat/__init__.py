"""The chat: the welcome page, the conversation view, the composer, and the reply worker."""
