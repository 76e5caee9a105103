"""thidua: Vietnamese trade-union news turned into a dataset of emulation activities."""

__version__ = "0.1.0"
