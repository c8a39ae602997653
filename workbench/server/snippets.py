"""Copy-ready ways to use the local server from other programs: curl, Python's ``openai`` library, Open WebUI."""

from __future__ import annotations

import json
import shlex

KEY_PLACEHOLDER = "no-key"
"""What a client sends as the key when the server asks for none (the ``openai`` library insists on one)."""


def curl_snippet(base_url: str, model: str, api_key: str = "") -> str:
    body = json.dumps({"model": model, "stream": True,
                       "messages": [{"role": "user", "content": "Say hello in five words."}]})
    lines = [f"curl -N {shlex.quote(base_url + '/chat/completions')} \\", '  -H "Content-Type: application/json" \\']
    if api_key:
        lines.append(f"  -H {shlex.quote('Authorization: Bearer ' + api_key)} \\")
    lines.append(f"  -d {shlex.quote(body)}")
    return "\n".join(lines)


def python_snippet(base_url: str, model: str, api_key: str = "") -> str:
    return "\n".join([
        "from openai import OpenAI",
        "",
        f"client = OpenAI(base_url={base_url!r}, api_key={(api_key or KEY_PLACEHOLDER)!r})",
        "stream = client.chat.completions.create(",
        f"    model={model!r},",
        '    messages=[{"role": "user", "content": "Say hello in five words."}],',
        "    stream=True,",
        ")",
        "for chunk in stream:",
        "    if chunk.choices:",
        '        print(chunk.choices[0].delta.content or "", end="", flush=True)',
        "print()",
    ])


def open_webui_snippet(base_url: str, model: str, api_key: str = "") -> str:
    """Open WebUI's settings (Admin Settings ▸ Connections ▸ OpenAI API), one per line. Open WebUI in Docker
    reaches this computer as host.docker.internal rather than 127.0.0.1."""
    docker_url = base_url.replace("127.0.0.1", "host.docker.internal").replace("localhost", "host.docker.internal")
    return "\n".join([
        "Open WebUI ▸ Admin Settings ▸ Connections ▸ OpenAI API ▸ Add connection:",
        f"  URL: {base_url}",
        f"       ({docker_url} when Open WebUI runs in Docker)",
        f"  Key: {api_key or KEY_PLACEHOLDER}",
        f"  Model: {model} (listed by the server)",
        "",
        "Or start it with:",
        f"  OPENAI_API_BASE_URL={docker_url} OPENAI_API_KEY={api_key or KEY_PLACEHOLDER} open-webui serve",
    ])
