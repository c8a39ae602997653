"""Which recommended model fits this computer, judged offline from the catalog."""

from __future__ import annotations

from workbench.chat.recommend import best_fitting, download_bytes, judge_catalog
from workbench.hub.catalog import load_catalog


def test_best_fitting_catalog_model_is_judged_offline() -> None:
    catalog = load_catalog()
    gib = 1024**3
    roomy = judge_catalog(catalog, memory=(12 * gib, 16 * gib))
    small = judge_catalog(catalog, memory=(int(1.5 * gib), 4 * gib))
    by_repo = {f.model.repo_id: f for f in roomy}
    assert by_repo["Qwen/Qwen3-4B-GGUF"].download_bytes == download_bytes(by_repo["Qwen/Qwen3-4B-GGUF"].model)
    assert 2.0e9 < by_repo["Qwen/Qwen3-4B-GGUF"].download_bytes < 2.8e9  # 4B at Q4_K_M
    best_roomy, best_small = best_fitting(roomy, 135_000_000), best_fitting(small, 135_000_000)
    assert best_roomy is not None and best_small is not None
    assert best_small.model.parameters < best_roomy.model.parameters
    assert best_roomy.verdict == "fits" and "gguf" in best_roomy.model.formats
    assert best_fitting(judge_catalog(catalog, memory=(100_000_000, gib)), 135_000_000) is None
