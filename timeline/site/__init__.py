"""The browsable site: which pages exist, where each event and source lives, what each page shows.

Plain functions and data only; `timeline.render` turns them into Markdown through the templates and
`timeline.plugin` hands the result to MkDocs.
"""
