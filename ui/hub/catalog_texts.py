"""The recommended models' summaries (``resources/catalog.json``), listed for translation: the Hub tab shows
each in the window's language as ``tr("HubCatalog", summary)``. Keep this list in step with the catalog (a test
checks it)."""

from __future__ import annotations

from ui.i18n import tr_noop

SUMMARIES = (
    tr_noop(
        "HubCatalog",
        "The smallest model that still chats: instant on any laptop, good for demos and for learning how"
        " models behave.",
    ),
    tr_noop("HubCatalog", "Still tiny and fast, noticeably better at following instructions than the 135M."),
    tr_noop("HubCatalog", "The largest SmolLM2: a capable everyday assistant that runs on 8 GB laptops."),
    tr_noop("HubCatalog", "Qwen3's smallest model, with a thinking mode; multilingual."),
    tr_noop("HubCatalog", "A strong small reasoner for its size; thinking and non-thinking modes."),
    tr_noop("HubCatalog", "Among the best models that fit a 16 GB laptop; good at code and reasoning."),
    tr_noop(
        "HubCatalog",
        "Microsoft's small model trained on curated and synthetic data: strong at math and reasoning, "
        "long context.",
    ),
    tr_noop("HubCatalog", "Google's smallest Gemma 3, text only; Gemma terms of use apply."),
    tr_noop(
        "HubCatalog",
        "Gemma 3 with image understanding (needs its mmproj file for images); Gemma terms of use apply.",
    ),
    tr_noop("HubCatalog", "Meta's small Llama for devices; the Llama 3.2 Community License applies."),
    tr_noop(
        "HubCatalog",
        "A well-rounded assistant that runs on most laptops; the Llama 3.2 Community License applies.",
    ),
    tr_noop(
        "HubCatalog",
        "Weights of -1, 0 and +1 (1.58 bits): tiny memory, very fast on CPUs; best with bitnet.cpp, its "
        "I2_S file needs a recent llama.cpp.",
    ),
    tr_noop("HubCatalog", "Qwen3 1.7B converted for MLX on Apple Silicon Macs."),
)
