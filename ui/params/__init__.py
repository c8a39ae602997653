"""The side panel of generation parameters: system prompt, sampling, presets."""
