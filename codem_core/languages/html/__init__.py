"""HTML: a training language of the paper (a corpus evolved in breadth); nothing to evaluate."""

from ..spec import CleaningRules, LanguageSpec

SPEC = LanguageSpec(
    key="html",
    display="HTML",
    task_prefix="HTML",
    fence_tags=("html", "htm"),
    order=7,
    evaluable=False,
    evolution="breadth",  # the paper evolves HTML in breadth: it is too unlike the seeds to rewrite them
    cleaning=CleaningRules(
        markers=(r"<!DOCTYPE\s+html", r"<html\b", r"<(div|body|head|form|table|p|span|ul|li)\b", r"</\w+>"),
        accepts=("css", "javascript"),
    ),
)
