"""Scoring against labelled data: story clustering (B-cubed, pairwise)."""
