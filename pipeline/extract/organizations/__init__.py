"""Organizations with abbreviations expanded and place kept.

A candidate starts at a head word from ``org_heads.tsv`` (Liên đoàn Lao động, UBND, Công ty …, written in
full or abbreviated as in ``org_abbreviations.tsv``) and runs over the words that continue its name: the
capitalized words of the name, a parenthesised abbreviation, and a place (``quận Thanh Xuân``), which
ends it. Words come from underthesea's ``word_tokenize`` (once per sentence that holds a head), so that
``Y tế`` stays one word and ``Ba Đình`` is told apart from the ``Nguyễn Đức Vinh`` written right after it.
Generic and collective mentions (``các CĐCS``, ``công đoàn các cấp``, ``UBND 5 thành phố``) and bodies
that only name a congress or a resolution are left out by the patterns of ``org_generic*.tsv``.
"""
from .merge import extract_organizations
from .resources import OrganizationResources, load_resources
from .words import window_words

__all__ = ["OrganizationResources", "extract_organizations", "load_resources", "window_words"]
