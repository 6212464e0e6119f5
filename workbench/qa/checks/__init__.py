"""The check implementations, one module per family. Importing this package registers them."""

from workbench.qa.checks import (  # noqa: F401
    consistency,
    numbers,
    punctuation,
    spelling,
    tags,
    terms,
    text,
    whitespace,
)
