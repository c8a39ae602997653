"""The quantization wizard: source → targets → options → run → results."""

from ui.quantize.wizard import QuantizeWizard

__all__ = ["QuantizeWizard"]
