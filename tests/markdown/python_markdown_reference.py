"""Renders Markdown cases with Python-Markdown + pymdownx, the reference the admonition plugin is compared with.

Reads a JSON array of Markdown strings on stdin and writes a JSON array of HTML strings on stdout.
Exits 3 (with a message on stderr) when the Debian packages python3-markdown / python3-pymdownx are missing.
"""
import json
import sys

try:
    import markdown
    import pymdownx.details  # noqa: F401  (imported to fail early with a clear message)
except ImportError as error:
    sys.stderr.write(f"python3-markdown / python3-pymdownx not importable: {error}\n")
    sys.exit(3)

# The extensions MkDocs-Material documents for admonitions; superfences lets fenced code sit
# inside an indented admonition body, which plain fenced_code does not.
EXTENSIONS = ["admonition", "pymdownx.details", "pymdownx.superfences", "tables"]


def render(source):
    return markdown.markdown(source, extensions=EXTENSIONS)


def main():
    cases = json.load(sys.stdin)
    json.dump({"version": markdown.__version__, "html": [render(case) for case in cases]}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
