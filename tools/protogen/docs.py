"""The model's HTML documentation → wrapped plain-text proto comments."""

import html.parser
import re
import textwrap

_BLOCK_TAGS = {"p", "ul", "ol", "li", "note", "important", "br", "dl", "dt", "dd", "div",
               "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr"}


class _TextCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._current)).strip()
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag == "li":
                self._current.append("- ")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self._current.append(data)

    def close(self):
        super().close()
        self._flush()


def plain_text(doc_html: str | None) -> list[str]:
    """The documentation as plain-text paragraphs."""
    if not doc_html:
        return []
    collector = _TextCollector()
    collector.feed(doc_html)
    collector.close()
    return collector.paragraphs


def comment_lines(doc_html: str | None, indent: str, width: int = 96,
                  extra: list[str] | None = None) -> list[str]:
    """`// ` comment lines for the documentation, wrapped to `width` columns."""
    paragraphs = plain_text(doc_html) + (extra or [])
    prefix = indent + "// "
    lines: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        if i:
            lines.append(indent + "//")
        hanging = "  " if paragraph.startswith("- ") else ""
        wrapped = textwrap.wrap(paragraph, width=max(40, width - len(prefix)),
                                subsequent_indent=hanging, break_long_words=False,
                                break_on_hyphens=False)
        lines.extend((prefix + w).rstrip() for w in wrapped)
    return lines
