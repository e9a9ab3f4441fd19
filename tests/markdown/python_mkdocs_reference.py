"""Renders Markdown cases with Python-Markdown and the extensions the MkDocs-Material book used beyond admonitions.

The reference for the tabs, footnotes, attr_list, md_in_html and Vue-safe plugins. Reads a JSON array
of Markdown strings on stdin and writes {"version", "html"} as JSON on stdout; exits 3 (with a message
on stderr) when the Debian packages python3-markdown / python3-pymdownx are missing.
"""
import json
import sys

try:
    import markdown
    import pymdownx.tabbed  # noqa: F401  (imported to fail early with a clear message)
except ImportError as error:
    sys.stderr.write(f"python3-markdown / python3-pymdownx not importable: {error}\n")
    sys.exit(3)

# mkdocs.yml of the book: tabs in MkDocs-Material's alternate style, superfences for code in tabs.
EXTENSIONS = ["admonition", "attr_list", "footnotes", "md_in_html", "pymdownx.superfences", "pymdownx.tabbed", "tables"]
CONFIG = {"pymdownx.tabbed": {"alternate_style": True}}


def render(source):
    return markdown.markdown(source, extensions=EXTENSIONS, extension_configs=CONFIG)


def main():
    cases = json.load(sys.stdin)
    json.dump({"version": markdown.__version__, "html": [render(case) for case in cases]}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
