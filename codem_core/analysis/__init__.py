"""Analysis: the train x eval pass@1 matrix (Table 1), gains over the base, the Figure 4
correlations and the markdown report. See docs/analysis.md.

    from codem_core.analysis.summaries import load_summaries
    from codem_core.analysis.matrix import build_matrix, gains, correlations
    from codem_core.analysis.report import build_report

Kept import-free here (pandas and matplotlib load only when a submodule is used), so that
``codem --help`` stays fast.
"""
