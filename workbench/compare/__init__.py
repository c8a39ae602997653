"""Compare variants side by side: size, speed, memory and quality, measured on this machine."""
