"""Cutting a streaming Markdown reply into finished blocks and a tail, on saved samples."""

from __future__ import annotations

from markdown_it import MarkdownIt

from workbench.chat.blocks import Cut, finished_cut


def test_a_paragraph_is_finished_when_the_next_block_begins() -> None:
    assert finished_cut("Hello there") == Cut(0)
    assert finished_cut("Hello there.\n\n") == Cut(0)  # the next block may yet be a list item's continuation
    text = "Hello there.\n\nNext"
    assert finished_cut(text) == Cut(len("Hello there.\n\n"))
    assert finished_cut(text, start=len("Hello there.\n\n")) == Cut(len("Hello there.\n\n"))


def test_a_blank_line_inside_a_code_fence_is_not_a_cut() -> None:
    text = "Code:\n\n```python\ndef f():\n\n    return 1\n```\n\nAfter it"
    cut = finished_cut(text)
    assert text[: cut.end].endswith("```\n\n") and text[cut.end:] == "After it"
    open_fence = "Code:\n\n```python\ndef f():\n\n    return 1\n"
    assert finished_cut(open_fence).end == len("Code:\n\n")
    tildes = "~~~\na\n\n```\nb\n\n~~~\n\nc"
    assert tildes[finished_cut(tildes).end:] == "c"


def test_an_indented_line_after_a_blank_one_continues_its_list_item() -> None:
    text = "1. First\n\n   more of the first\n\n2. Second"
    assert text[finished_cut(text).end:] == "2. Second"
    assert finished_cut("1. First\n\n   more").end == 0


def test_a_long_paragraph_is_cut_softly_at_a_line_break() -> None:
    lines = [f"Line {i} of a long answer that goes on." for i in range(60)]
    text = "\n".join(lines)
    cut = finished_cut(text, soft_limit=200)
    assert cut.soft and text[cut.end - 1] == "\n" and len(text) - cut.end <= 200
    again = finished_cut(text, start=cut.end, soft_limit=200)
    assert again.end == cut.end  # nothing new arrived


def test_soft_cuts_avoid_tables_open_code_spans_and_emphasis() -> None:
    table = "| a | b |\n|---|---|\n" + "".join(f"| {i} | {i * i} |\n" for i in range(100)) + "| x"
    assert finished_cut(table, soft_limit=100) == Cut(0)
    open_span = "Here is `code that\n" + "goes on\n" * 100 + "still"
    assert finished_cut(open_span, soft_limit=50) == Cut(0)
    bold = "**bold that\n" + "goes on\n" * 100 + "still"
    assert finished_cut(bold, soft_limit=50) == Cut(0)
    code = "```\n" + "x = 1\n" * 400
    assert finished_cut(code, soft_limit=50) == Cut(0)


def test_rendering_in_pieces_gives_the_whole_text() -> None:
    """Every cut of a saved reply, at every length, leaves pieces that render to the same words as the whole."""
    reply = (
        "# Title\n\nSome *words* here,\nand a [link](https://example.org).\n\n- one\n- two\n\n"
        "```python\nprint('hi')\n\nprint('there')\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        + "\n".join(f"Line {i} goes on and on." for i in range(40))
        + "\n\nThe end."
    )
    md = MarkdownIt("commonmark", {"breaks": True}).enable("table")

    def words(markdown: str) -> list[str]:
        tokens = md.parse(markdown)
        out: list[str] = []
        for token in tokens:
            for child in token.children or []:
                if child.type == "text":
                    out += child.content.split()
            if token.type in ("fence", "code_block"):
                out += token.content.split()
        return out

    for length in range(0, len(reply) + 1, 7):
        text = reply[:length]
        pieces, start = [], 0
        while True:
            cut = finished_cut(text, start, soft_limit=120)
            if cut.end == start:
                break
            pieces.append(text[start:cut.end])
            start = cut.end
        pieces.append(text[start:])
        assert sum((words(p) for p in pieces), []) == words(text), length


def test_an_endless_line_is_cut_at_a_space_and_goes_on_in_the_same_line() -> None:
    text = " ".join(f"word{i}" for i in range(400))
    cut = finished_cut(text, soft_limit=200)
    assert cut.soft and cut.inline and text[cut.end - 1] == " " and len(text) - cut.end <= 200
    assert finished_cut("`" + text, soft_limit=200) == Cut(0)  # an open code span is never cut
    assert finished_cut("| " + text, soft_limit=200) == Cut(0)


def test_a_word_that_never_ends_is_cut_inside_where_no_markdown_changes() -> None:
    """A broken model's endless word (no space for thousands of characters) is cut between two of its letters, so
    the tail stays short; never inside an entity's name, an address in brackets or an open code span."""
    word = "withhanged" * 300
    text = "Some words first " + word
    cut = finished_cut(text, soft_limit=200)
    assert cut.soft and cut.inline and len(text) - cut.end <= 200
    assert text[cut.end - 1].isalpha() and text[cut.end].isalpha()
    again = finished_cut(text + "more", start=cut.end, soft_limit=200)
    assert again.end == cut.end  # the tail is short again: nothing more to cut
    replacement = "\ufffd" * 900  # what a model writes when its bytes are not valid UTF-8
    assert len(replacement) - finished_cut(replacement, soft_limit=200).end <= 200
    entity = word + "&amp"
    assert "&amp" in entity[finished_cut(entity, soft_limit=200).end :]
    link = "<https://example.org/" + word
    assert finished_cut(link, soft_limit=200) == Cut(0)
    assert finished_cut("`" + word, soft_limit=200) == Cut(0)
    assert finished_cut("-+" * 600, soft_limit=200) == Cut(0)  # a piece may not begin with Markdown
    assert finished_cut("2" * 600, soft_limit=200) == Cut(0)  # nor with a digit (of a numbered item)


def test_pieces_of_an_endless_word_render_to_the_same_letters() -> None:
    """Streamed a few characters at a time, an endless word with emphasis and entities inside it is cut into pieces
    that render to what the whole renders."""
    md = MarkdownIt("commonmark", {"breaks": True})
    text = "A start, then " + ("ab*cd*ef&amp;gh" * 200)
    pieces, start = [], 0
    for length in range(7, len(text) + 7, 7):
        cut = finished_cut(text[:length], start, soft_limit=150)
        if cut.end > start:
            pieces.append(text[start : cut.end])
            start = cut.end
    pieces.append(text[start:])
    assert len(pieces) > 10 and max(len(p) for p in pieces) <= 150 + 7

    def rendered(markdown: str) -> str:
        return md.render(markdown).replace("<p>", "").replace("</p>", "").replace("\n", "").replace(" ", "")

    assert "".join(rendered(p) for p in pieces) == rendered(text)
