"""The list of conversations: new, rename, delete, export."""
