"""Renderings of an analysis: terminal now; JSON is the analysis itself."""
