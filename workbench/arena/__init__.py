"""The Arena: one question to two to four models, side by side — who runs when, the blind vote, where replies part
ways, and the saved sessions. Qt-free; ``ui.arena`` shows it."""
