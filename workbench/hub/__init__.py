"""The Hugging Face Hub browser: search, repository pages with fit per file, the curated catalog, downloads."""
