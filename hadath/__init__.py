"""hadath: Arabic news to sourced PLOVER event records, offline."""
__version__ = "0.1.0"
