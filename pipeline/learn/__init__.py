"""Trained models and their measurement: shared model code, the relevance and action models, gold evaluation."""
