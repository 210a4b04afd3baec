"""Scoring hadath against gold annotations (docs/evaluation.md, gold-format.md).

``gold.score_documents`` scores event records against gold documents, ``detection.
score_detection`` scores the event_gsr detection sets; both are pure functions over plain
dicts.  ``corpora`` finds and loads the shared corpora and runs the pipeline on them,
``report`` renders results and checks the pinned floors of ``eval/floors.json``.
"""
