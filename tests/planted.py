"""A claim file with a planted contradiction (281 and 218 arrests for one operation), shared
by the command-line and plugin tests."""

PLANTED_TEXT = (
    "Police made 281 arrests in the operation, officials said on Monday.\n\n"
    "A later statement counted 218 arrests in the same operation.\n"
)
PLANTED = """\
[article]
id = "planted"
title = "A planted contradiction"
published = 2024-03-04
text = "planted.txt"

[[claim]]
id = "arrests-281"
kind = "value"
quote = "Police made 281 arrests"
measure = "planted.operation.arrests"
value = 281
unit = "arrests"

[[claim]]
id = "arrests-218"
kind = "value"
quote = "counted 218 arrests"
measure = "planted.operation.arrests"
value = 218
unit = "arrests"
"""
