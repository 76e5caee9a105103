"""thidua: Vietnamese trade-union news turned into a dataset of emulation activities."""

import logging

__version__ = "0.1.0"

# The library logs every fallback and rejection (``logging.getLogger(__name__)`` in each module) and
# configures nothing: without a handler of the application's (``thidua -v``), nothing is printed.
logging.getLogger(__name__).addHandler(logging.NullHandler())
