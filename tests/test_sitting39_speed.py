"""Issue 13, thirty-ninth sitting: the suite's linear-time checks count work instead of timing it.

tests/test_hostile_sources.py proves each pathological document is read with linear work by counting the function
calls reading makes (tests/pathological.py), not by timing a megabyte; these tests show that the count sees quadratic
work where it is, and a saved page's deeply nested boxes, which were read in quadratic time, are read in linear.
"""

from __future__ import annotations

import re

import pytest
from pathological import calls

from compiler.diagnostics import ContentError
from compiler.sources.html import html_markdown


def test_the_count_of_calls_sees_a_scan_of_every_line_below_each_line() -> None:
    """What the count is for: a reader that, on every line, looks at every line below (as the qa reader's look-ahead
    once did) makes about four times the calls on twice the lines; one that looks at each line once, twice."""
    item = re.compile(r"Q: ")

    def quadratic(lines: list[str]) -> int:
        return sum(1 for i in range(len(lines)) for line in lines[i + 1 :] if item.match(line))

    def linear(lines: list[str]) -> int:
        return sum(1 for line in lines if item.match(line))

    for reader, low, high in ((quadratic, 3.8, 4.2), (linear, 1.9, 2.1)):
        small, big = (calls(lambda n=n, reader=reader: reader(["Q: a"] * n)) for n in (400, 800))
        assert low <= big / small <= high, (reader.__name__, small, big)


def deep_page(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<h2>What?</h2><p>x</p>" + "</div>" * depth + "</body></html>"


def test_a_page_of_deeply_nested_boxes_is_read_with_linear_work() -> None:
    """A saved page whose boxes nest thousands deep (test_html's hostile page): each box's first text was looked for to
    tell a share box ('Share this:' over its links), a walk down to it and up to the page's top from every box, 25
    million steps at 5,000 boxes (about 20 s of CPU). A page with no share or related label in any text has no such
    box: twice the depth is now about twice the calls (it was four times), and the page is still an error naming it."""
    counts = []
    for depth in (500, 1000):
        with pytest.raises(ContentError) as raised:
            html_markdown(deep_page(depth), "sources/deep.html")
        assert "nests its elements too deeply" in str(raised.value.diagnostics[0].message)
        counts.append(calls(lambda depth=depth: html_markdown(deep_page(depth), "sources/deep.html"), (ContentError,)))
    assert counts[1] <= 2.3 * counts[0], counts


def test_a_crash_while_counting_fails_the_test() -> None:
    """The count is no place for a reader's crash to hide: only the error the test expects ends the work quietly."""
    with pytest.raises(ZeroDivisionError):
        calls(lambda: 1 // 0)
    assert calls(lambda: 1 // 0, (ZeroDivisionError,)) >= 1  # (the work counted up to its error: its own call)
