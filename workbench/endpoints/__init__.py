"""OpenAI-compatible endpoints: servers the person already runs (Ollama, vLLM, llama.cpp's server, LM Studio,
Foundry Local), set up in settings and chatted with like a local model.

Submodules are imported where needed (the ``openai`` library only when a request is made), so the window does
not pay for them at start-up.
"""
